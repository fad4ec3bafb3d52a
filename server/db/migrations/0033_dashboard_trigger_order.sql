-- One lock order for the dashboard's shared rows, whatever table is written. PostgreSQL fires a
-- table's AFTER triggers in name order: on visits, support and the training tables the outcome
-- grid comes first, then the period grid, then dash_rollup (dash_outcome_* < dash_period_* <
-- dash_visits_* / dash_support_* / dash_training_*); on businesses the rollup's trigger
-- (dash_businesses_*) fired before both grids. A business deleted or moved while a visit was
-- recorded elsewhere in its subsector could then deadlock: one held a visit/p rollup row and
-- waited for a period grid row, the other the reverse. Renamed so that the rollup comes last here
-- too (dash_rollup_* sorts after dash_outcome_* and dash_period_*).
ALTER TRIGGER dash_businesses_insert ON businesses RENAME TO dash_rollup_businesses_insert;--> statement-breakpoint
ALTER TRIGGER dash_businesses_update ON businesses RENAME TO dash_rollup_businesses_update;--> statement-breakpoint
ALTER TRIGGER dash_businesses_delete ON businesses RENAME TO dash_rollup_businesses_delete;
