-- The SQL of the 群組任務 first page as the 7.24 engine builds it for social.tpe (Task.xml, Authorization.xml),
-- written out by hand to EXPLAIN it: psql -f docs/benchmarks/tasklist-query.sql (schema in the first line).
SET search_path TO scale_bench;
EXPLAIN (ANALYZE, TIMING OFF)
select distinct RES.ID_, RES.NAME_, RES.DUE_DATE_, RES.TENANT_ID_
from ACT_RU_TASK RES
left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
left join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2
  AND (A.USER_ID_ in ('social.tpe', '*') OR A.GROUP_ID_ IN ('social-worker'))
  AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2) OR (A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64))) AUTH
  ON (AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*'))
WHERE RES.ASSIGNEE_ IS NULL AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN ('social-worker')
  AND (RES.CASE_EXECUTION_ID_ IS NOT NULL OR AUTH.RESOURCE_ID_ IS NOT NULL)
  AND (RES.TENANT_ID_ is null OR RES.TENANT_ID_ in ('TPE'))
order by RES.DUE_DATE_ asc LIMIT 15 OFFSET 0;
