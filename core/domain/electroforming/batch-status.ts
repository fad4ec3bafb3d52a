/** The life of a batch: planned → running → finishing → done, or cancelled on the way. */
export const BATCH_STATUSES = ['planned', 'running', 'finishing', 'done', 'cancelled'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** Which batch status may follow which; `done` and `cancelled` are final. */
export const BATCH_TRANSITIONS: Record<BatchStatus, readonly BatchStatus[]> = {
  planned: ['running', 'cancelled'],
  running: ['finishing', 'cancelled'],
  finishing: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

export const canMoveTo = (from: BatchStatus, to: BatchStatus) => BATCH_TRANSITIONS[from].includes(to);
