-- Adds :cases closed protection cases to a benchmark schema's history, as years of closed cases would leave it
-- (ten years' retention of about 74 000 reports a year, docs/operations.md), without driving them through intake:
-- each a copy of a closed case the run drove to its end (its root process instance, variables, tasks and the
-- tasks' candidate groups and assignees in history), with new ids, a case number of its own, one of the 22 counties
-- in turn, a child's name of its own (6 000 names, about 50 children a name nationally) and national ID. Every
-- fourth case had a police task, every fourth a health task, every fourth an education task: those groups hold
-- their need-to-know READ rows on it (docs/adr/0014: on the case in runtime and in history, two rows), copied from
-- the rows of a real case of the run; its task rows went with its tasks. See docs/benchmarks.md.
-- psql -v schema=scale_bench -v cases=300000 -f docs/benchmarks/inflate-case-history.sql
-- (the harness runs the same statements itself with -Dbench.history=N, in its own schema)
SET search_path TO :schema;
CREATE TABLE h_tpl AS SELECT id_, row_number() OVER (ORDER BY id_) AS t FROM act_hi_procinst
  WHERE end_time_ IS NOT NULL AND super_process_instance_id_ IS NULL AND proc_def_key_ = 'childProtectionCase';
CREATE TABLE h_map AS SELECT k, tpl.id_ AS old_id, '-h' || k AS suffix, c.county,
  'CP-' || c.county || '-' || (2016 + k % 10) || '-' || (1000000 + k) AS case_no,
  substr('陳林黃張李王吳劉蔡楊', 1 + k % 10, 1) || substr('怡家雅宇承冠柏子品欣俊思宥宜佳芷睿語書晨', 1 + (k / 10) % 20, 1)
    || substr('安恩廷翰妤萱婷瑄庭涵軒傑豪銘琪文哲慧華君軍平宏明玲珍蓉仁勳凱', 1 + (k / 200) % 30, 1) AS child_name,
  'Z2' || lpad(k::text, 8, '0') AS national_id,
  (ARRAY['police', 'health', 'education', NULL])[1 + k % 4] AS unit
FROM generate_series(1, :cases) k
  JOIN h_tpl tpl ON tpl.t = 1 + (k - 1) % (SELECT count(*) FROM h_tpl)
  CROSS JOIN LATERAL (SELECT (ARRAY['TPE', 'NWT', 'TAO', 'TXG', 'TNN', 'KHH', 'KEE', 'HSZ', 'CYI', 'HSQ', 'MIA',
    'CHA', 'NAN', 'YUN', 'CYQ', 'PIF', 'ILA', 'HUA', 'TTT', 'PEN', 'KIN', 'LIE'])[1 + k % 22] AS county) c;
INSERT INTO act_hi_procinst SELECT p.id_ || m.suffix, p.proc_inst_id_ || m.suffix, m.case_no, proc_def_key_,
  proc_def_id_, start_time_ - (k % 3650 || ' days')::interval, end_time_ - (k % 3650 || ' days')::interval,
  removal_time_, duration_, start_user_id_, start_act_id_, end_act_id_, NULL, p.root_proc_inst_id_ || m.suffix,
  NULL, NULL, delete_reason_, m.county, state_, NULL
  FROM act_hi_procinst p JOIN h_map m ON p.id_ = m.old_id;
INSERT INTO act_hi_varinst SELECT v.id_ || m.suffix, proc_def_key_, proc_def_id_, root_proc_inst_id_ || m.suffix,
  proc_inst_id_ || m.suffix, execution_id_ || m.suffix, act_inst_id_ || m.suffix, NULL, NULL, NULL, NULL,
  task_id_ || m.suffix, name_, var_type_, create_time_, rev_, NULL, double_, long_,
  CASE name_ WHEN 'childName' THEN m.child_name WHEN 'childNationalId' THEN m.national_id
    WHEN 'county' THEN m.county WHEN 'locationCounty' THEN m.county WHEN 'receivingCounty' THEN m.county
    ELSE text_ END, text2_, m.county, state_, removal_time_
  FROM act_hi_varinst v JOIN h_map m ON v.root_proc_inst_id_ = m.old_id;
INSERT INTO act_hi_taskinst SELECT t.id_ || m.suffix, task_def_key_, proc_def_key_, proc_def_id_,
  root_proc_inst_id_ || m.suffix, proc_inst_id_ || m.suffix, execution_id_ || m.suffix, NULL, NULL, NULL, NULL,
  act_inst_id_ || m.suffix, name_, NULL, description_, owner_, assignee_, start_time_, end_time_, duration_,
  delete_reason_, priority_, due_date_, follow_up_date_, m.county, removal_time_, task_state_
  FROM act_hi_taskinst t JOIN h_map m ON t.root_proc_inst_id_ = m.old_id;
INSERT INTO act_hi_identitylink SELECT l.id_ || m.suffix, l.timestamp_ - (k % 3650 || ' days')::interval, type_,
  user_id_, group_id_, task_id_ || m.suffix, root_proc_inst_id_ || m.suffix, proc_def_id_, operation_type_,
  assigner_id_, proc_def_key_, m.county, removal_time_
  FROM act_hi_identitylink l JOIN h_map m ON l.root_proc_inst_id_ = m.old_id;
INSERT INTO act_ru_authorization SELECT gen_random_uuid()::text, 1, a.type_, m.unit, NULL, a.resource_type_,
  m.old_id || m.suffix, a.perms_, NULL, m.old_id || m.suffix
  FROM h_map m JOIN (SELECT DISTINCT type_, resource_type_, perms_ FROM act_ru_authorization
    WHERE group_id_ = 'police' AND root_proc_inst_id_ IS NOT NULL AND resource_type_ <> 7) a ON m.unit IS NOT NULL;
DROP TABLE h_map;
DROP TABLE h_tpl;
-- as autovacuum would have left the years of rows (it vacuums a table after inserts too): visibility and hint bits
-- set, statistics taken, so that the first search to touch a page does not pay for writing it
VACUUM ANALYZE act_hi_procinst, act_hi_varinst, act_hi_taskinst, act_hi_identitylink, act_ru_authorization;
