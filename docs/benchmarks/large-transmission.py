#!/usr/bin/env python3
"""Benchmark: one transmission of N active-care referrals processed in the background (issue 14 item 6).

Start the application (demo on H2: ./mvnw spring-boot:run; or the postgres profile, see
docs/benchmarks.md), then: BASE_URL=http://localhost:8080 python3 docs/benchmarks/large-transmission.py [N] [user] [password]
It posts N fresh referrals (Taipei, valid identity numbers, NHI_UNINSURED) as one NDJSON transmission,
which is answered 202 at once and judged by the engine's jobs (transmissionProcessing.bpmn); it polls
GET /api/v1/active-care/referrals/batch/{id} until the status is DONE and prints the time to the answer,
the time until every line was judged, the lines per second, and the server's resident memory now and at
its peak (VmHWM). Default: N=50000, user nhia/demo.
"""
import random, sys, time
from bench_client import caller, memory, transmission

n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
call = caller(sys.argv[2] if len(sys.argv) > 2 else 'nhia', sys.argv[3] if len(sys.argv) > 3 else 'demo')
body = transmission(n, 'NHI_UNINSURED', random.randrange(0, 9_000_000 - n), 400)
print(f"body: {len(body.encode()) / 1024 / 1024:.1f} MiB, resident memory before: {memory('VmRSS')} MiB")
t0 = time.monotonic()
status, answer = call('POST', f'/api/v1/active-care/referrals/batch?expected={n}', body, 'application/x-ndjson')
t1 = time.monotonic()
print(f"answered {status} in {t1 - t0:.1f} s: {answer.get('status')}, transmission {answer.get('transmissionId')}")
while answer.get('status') == 'PROCESSING':
    time.sleep(5)
    _, answer = call('GET', f"/api/v1/active-care/referrals/batch/{answer['transmissionId']}")
    print(f"  {time.monotonic() - t0:7.0f} s: {answer['processed']} of {answer['received']} judged", flush=True)
t2 = time.monotonic()
print(f"lines: {n}, accepted {answer['accepted']}, duplicates {answer['duplicates']}, "
      f"rejected {len(answer['rejected'])}")
print(f"every line judged {t2 - t0:.0f} s after the post ({n / (t2 - t0):.0f} lines/s, "
      f"{(t2 - t0) / n * 1000:.1f} ms a line)")
print(f"server resident memory: {memory('VmRSS')} MiB now, {memory('VmHWM')} MiB at its peak")
