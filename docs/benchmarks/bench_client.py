"""What the benchmark scripts share: the API called as one user, made-up valid identity numbers, a
transmission of fresh referrals, and the application's memory as the kernel counts it."""
import base64, datetime, json, os, subprocess, urllib.request

BASE = os.environ.get('BASE_URL', 'http://localhost:8080')


def caller(user, password):
    """call(method, path, body, content_type) -> (status, answer), as `user` with HTTP Basic."""
    auth = 'Basic ' + base64.b64encode(f'{user}:{password}'.encode()).decode()

    def call(method, path, body=None, content_type='application/json'):
        req = urllib.request.Request(BASE + path, method=method, data=body.encode() if body else None)
        req.add_header('Authorization', auth)
        if body:
            req.add_header('Content-Type', content_type)
        with urllib.request.urlopen(req, timeout=3600) as r:
            return r.status, json.loads(r.read().decode() or 'null')
    return call


def national_id(serial):
    """A valid made-up national ID of Taipei (A), female, numbered `serial`."""
    body = '2' + f'{serial:07d}'
    total = 1 + 0 * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))  # A = 10
    return 'A' + body + str((10 - total % 10) % 10)


def transmission(n, source, start_serial, days_old):
    """n fresh referrals of `source`, registered in Taipei, as one NDJSON body."""
    born = str(datetime.date.today() - datetime.timedelta(days=days_old))
    return '\n'.join(json.dumps({"source": source, "registeredCounty": "TPE", "registeredAddress": "臺北市中正區",
                                 "child": {"nationalId": national_id(start_serial + i), "name": "測試兒童",
                                           "birthDate": born, "sex": "F"}}, ensure_ascii=False)
                     for i in range(n)) + '\n'


def memory(field):
    """The application's VmRSS or VmHWM in MiB ('?' when it is not found on this machine)."""
    pid = subprocess.run(['bash', '-c', "pgrep -f [C]hildProtectionFlowApplication | head -1"],
                         capture_output=True, text=True).stdout.strip()
    try:
        with open(f'/proc/{pid}/status') as status:
            return next(int(l.split()[1]) // 1024 for l in status if l.startswith(field + ':'))
    except (OSError, StopIteration):
        return '?'
