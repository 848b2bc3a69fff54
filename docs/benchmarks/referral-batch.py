#!/usr/bin/env python3
"""Benchmark: one agency transmission of N active-care referrals, end to end.

Start the application (demo on H2: ./mvnw spring-boot:run; or the postgres profile, see
docs/benchmarks.md), then: python3 docs/benchmarks/referral-batch.py [N] [user] [password] [source]
It posts N fresh referrals (Taipei, valid identity numbers) as one NDJSON transmission, then waits
until the job executor has run every agency step they started, and prints the time for the
transmission, for the asynchronous steps, per referral, and the server's resident memory.
Default: N=2000 (about a year of ex-officio birth registrations), user moi/demo, source
LOW_INCOME_DISABLED_PARENT — the longest chain of agency steps (six service systems, the platform,
the care-record matching, the district office letter) before the social worker's visit.
"""
import random, sys, time
from bench_client import caller, memory, transmission

n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
source = sys.argv[4] if len(sys.argv) > 4 else 'LOW_INCOME_DISABLED_PARENT'
_call = caller(sys.argv[2] if len(sys.argv) > 2 else 'moi', sys.argv[3] if len(sys.argv) > 3 else 'demo')
def call(method, path, body=None, content_type='application/json'):
    return _call(method, path, body, content_type)[1]
body = transmission(n, source, random.randrange(0, 9_000_000 - n), 200)
first_task = {'LOW_INCOME_DISABLED_PARENT': 'socialVisit', 'HOUSEHOLD_RELOCATION': 'relocationVisit'}.get(source)
def tasks():
    return call('GET', f'/engine-rest/task/count?taskDefinitionKey={first_task}')['count'] if first_task else 0
tasks_before = tasks()
t0 = time.monotonic()
answer = call('POST', f'/api/v1/active-care/referrals/batch?expected={n}', body, 'application/x-ndjson')
t1 = time.monotonic()
# done when no agency step is left to run and (for a source with agency steps before its first task)
# every referral has reached that task
while call('GET', '/engine-rest/job/count?executable=true&messages=true')['count'] > 0 or tasks() - tasks_before < (n if first_task else 0):
    time.sleep(0.5)
t2 = time.monotonic()
print(f"referrals: {n}, accepted {answer['accepted']}, duplicates {answer['duplicates']}, rejected {len(answer['rejected'])}, complete {answer.get('complete')}")
print(f"transmission answered in {t1 - t0:.1f} s ({(t1 - t0) / n * 1000:.1f} ms per referral, {n / (t1 - t0):.0f} referrals/s)")
print(f"asynchronous agency steps done {t2 - t1:.1f} s later ({tasks() - tasks_before} cases at {first_task}); {n / (t2 - t0):.0f} referrals/s end to end")
print(f"server resident memory: {memory('VmRSS')} MiB")
