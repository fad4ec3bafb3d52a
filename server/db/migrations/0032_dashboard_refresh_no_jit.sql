-- The refresh functions the triggers call run without JIT, whoever writes (the app's pool turns
-- it off per connection; psql, a bulk script or another client may not). Their statements are a
-- few index look-ups, but the planner's guesses for the cells' set-returning functions cross
-- jit_above_cost: at 500,000 IKM one visit's outcome refresh spent 700 ms compiling and 1.4 ms
-- running (bench (f)). A later CREATE OR REPLACE of these functions must keep the SET.
ALTER FUNCTION dash_outcome_refresh(uuid[]) SET jit = off;--> statement-breakpoint
ALTER FUNCTION dash_period_refresh(uuid[]) SET jit = off;--> statement-breakpoint
ALTER FUNCTION dash_refresh(text, uuid[]) SET jit = off;
