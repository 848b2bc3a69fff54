-- Copies the open tasks a benchmark run left in a schema :copies times over (new ids, due dates a few minutes
-- apart, same counties), with their candidate-group links and their per-task authorization rows, to reach
-- about 100 000 open tasks (with 17) without driving 100 000 reports through intake. See docs/benchmarks.md.
-- psql -v schema=scale_bench -v copies=17 -f docs/benchmarks/inflate-open-tasks.sql
-- (the harness runs the same statements itself with -Dbench.copies=N, in its own schema)
SET search_path TO :schema;
CREATE TABLE t0 AS SELECT * FROM act_ru_task;
CREATE TABLE i0 AS SELECT * FROM act_ru_identitylink WHERE task_id_ IS NOT NULL;
CREATE TABLE a0 AS SELECT * FROM act_ru_authorization WHERE resource_type_ = 7 AND resource_id_ <> '*';
INSERT INTO act_ru_task SELECT t0.id_ || '-' || n, rev_, execution_id_, proc_inst_id_, proc_def_id_,
  case_execution_id_, case_inst_id_, case_def_id_, name_, parent_task_id_, description_, task_def_key_, owner_,
  assignee_, delegation_, priority_, create_time_, due_date_ + (n || ' minutes')::interval, follow_up_date_,
  suspension_state_, tenant_id_, last_updated_, task_state_ FROM t0, generate_series(1, :copies) n;
INSERT INTO act_ru_identitylink SELECT i0.id_ || '-' || n, rev_, group_id_, type_, user_id_, task_id_ || '-' || n,
  proc_def_id_, tenant_id_ FROM i0, generate_series(1, :copies) n;
INSERT INTO act_ru_authorization SELECT a0.id_ || '-' || n, rev_, type_, group_id_, user_id_, resource_type_,
  resource_id_ || '-' || n, perms_, removal_time_, root_proc_inst_id_ FROM a0, generate_series(1, :copies) n;
DROP TABLE t0;
DROP TABLE i0;
DROP TABLE a0;
ANALYZE;
