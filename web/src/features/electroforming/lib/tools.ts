import {
  type Icon,
  IconBolt,
  IconCamera,
  IconClockHour4,
  IconFlask,
  IconLayersSubtract,
  IconPlugConnected,
  IconReceipt2,
} from '@tabler/icons-react';

export type Tool = { key: string; to: string; icon: Icon };

/** The calculators of the workbench, in the order a maker meets the questions. */
export const CALCULATOR_TOOLS: Tool[] = [
  { key: 'photo', to: '/electroforming/photo', icon: IconCamera },
  { key: 'time', to: '/electroforming/time', icon: IconClockHour4 },
  { key: 'current', to: '/electroforming/current', icon: IconBolt },
  { key: 'thickness', to: '/electroforming/thickness', icon: IconLayersSubtract },
  { key: 'bath', to: '/electroforming/bath', icon: IconFlask },
  { key: 'energy', to: '/electroforming/energy', icon: IconPlugConnected },
  { key: 'price', to: '/electroforming/price', icon: IconReceipt2 },
];
