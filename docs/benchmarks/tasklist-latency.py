"""Latency of the calls Tasklist makes for 群組任務 (first page by due date, and its count), as one user.

Usage: tasklist-latency.py BASE_URL USER SAMPLES [WARM_UPS] [ONLY]
  e.g. tasklist-latency.py http://127.0.0.1:8080 social.tpe 30 3      (password: demo)
  ONLY: comma-separated indexes of the calls to time (0 list of the filter, 1 its count, 2 POST /task, 3 its count).
See docs/benchmarks.md.
"""
import base64, json, statistics, sys, time, urllib.request

base, user, samples = sys.argv[1], sys.argv[2], int(sys.argv[3])
auth = "Basic " + base64.b64encode(f"{user}:demo".encode()).decode()

def call(method, path, body=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": auth, "Accept": "application/json",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())

filters = call("GET", "/engine-rest/filter?name=%E7%BE%A4%E7%B5%84%E4%BB%BB%E5%8B%99")
fid = filters[0]["id"]
sort = {"sorting": [{"sortBy": "dueDate", "sortOrder": "asc"}]}
calls = {
    "POST /engine-rest/filter/{群組任務}/list?firstResult=0&maxResults=15 (sorted by dueDate)":
        ("POST", f"/engine-rest/filter/{fid}/list?firstResult=0&maxResults=15", sort),
    "POST /engine-rest/filter/{群組任務}/count": ("POST", f"/engine-rest/filter/{fid}/count", {}),
    "POST /engine-rest/task?firstResult=0&maxResults=15 candidateGroups=[social-worker] by dueDate":
        ("POST", "/engine-rest/task?firstResult=0&maxResults=15",
         {"candidateGroups": ["social-worker"], "unassigned": True, **sort}),
    "POST /engine-rest/task/count candidateGroups=[social-worker]":
        ("POST", "/engine-rest/task/count", {"candidateGroups": ["social-worker"], "unassigned": True}),
}
only = sys.argv[5].split(",") if len(sys.argv) > 5 else None
for index, (name, (method, path, body)) in enumerate(calls.items()):
    if only and str(index) not in only:
        continue
    for _ in range(int(sys.argv[4]) if len(sys.argv) > 4 else 5):
        result = call(method, path, body)
    times = []
    for _ in range(samples):
        t = time.perf_counter()
        result = call(method, path, body)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    size = result["count"] if isinstance(result, dict) else len(result)
    print(f"| {name} | p50 {times[len(times)//2]:.1f} ms | p95 {times[int(len(times)*0.95)]:.1f} ms "
          f"| p99 {times[min(len(times)-1, int(len(times)*0.99))]:.1f} ms | answer {size} |", flush=True)
