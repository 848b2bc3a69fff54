#!/usr/bin/env python3
"""A protection report through the demo, as the people who do the work would take it.

Start the demo (./mvnw spring-boot:run), then: python3 docs/demo/protection-walkthrough.py
A doctor's report about a Taipei child (Act Art. 53(1) items 1 and 3) is posted as police.tpe; the
social worker dispatches it (Art. 4; a crime the police did not know of, Art. 15), assesses
and opens the case, the police do the joint investigation (Art. 5), the family plan ends
with the family rebuilt (Arts. 10-11) and the supervisor approves closure. Every step claims the task
and submits its Camunda form through /engine-rest exactly as Tasklist does; the case and its
deadlines are printed at the end. The child is fictitious. The same path runs in CI as
ProtectionThroughTasklistTest.
"""
import json, base64, urllib.request, datetime, time, sys
BASE = 'http://localhost:8080'
def call(method, path, user, body=None):
    req = urllib.request.Request(BASE + path, method=method)
    req.add_header('Authorization', 'Basic ' + base64.b64encode(f'{user}:demo'.encode()).decode())
    data = None
    if body is not None:
        data = json.dumps(body).encode(); req.add_header('Content-Type', 'application/json')
    try:
        with urllib.request.urlopen(req, data) as r:
            txt = r.read().decode(); return r.status, (json.loads(txt) if txt else None)
    except urllib.error.HTTPError as e:
        if e.code == 503 and e.headers.get('Retry-After'):  # the demo still sends in its synthetic cases
            time.sleep(int(e.headers['Retry-After'])); return call(method, path, user, body, content_type)
        return e.code, e.read().decode()
now = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).replace(microsecond=0)
report = {"reporter": {"type": "MANDATED", "profession": "MEDICAL", "name": "陳醫師", "agency": "臺大醫院"},
  "knownAt": (now - datetime.timedelta(hours=3)).isoformat(), "urgent": False, "verbalFirst": False,
  "article53Items": [1, 3], "reason": "兒少疑似接觸毒品，身上有瘀傷", "child": {"nationalId": "A123456789", "name": "王小明", "birthDate": "2018-05-01", "sex": "M"},
  "location": {"county": "TPE", "address": "臺北市中正區"}, "residenceCounty": "TPE"}
st, res = call('POST', '/api/v1/protection/reports', 'police.tpe', report); print('report', st, res)
assert st == 201, res
case = res['caseId']
def tasks(user):
    time.sleep(1.5)  # job executor runs the async agency calls
    st, t = call('GET', f'/engine-rest/task?processInstanceBusinessKey={case}', user); return t
def work(user, key, variables):
    ts = [t for t in tasks(user) if t['taskDefinitionKey'] == key]
    assert ts, f'{user} sees no {key}: {[t["taskDefinitionKey"] for t in tasks("admin")]}'
    t = ts[0]
    st, form = call('GET', f'/engine-rest/task/{t["id"]}/deployed-form', user)
    assert st == 200, (st, form)
    print(f'{user:15} {t["name"]} (due {t.get("due")}) form={form["id"]}')
    st, r = call('POST', f'/engine-rest/task/{t["id"]}/claim', user, {"userId": user}); assert st == 204, (st, r)
    # a checklist goes as Json text, as Tasklist sends it; everything else as its value
    vs = {k: ({"value": json.dumps(v), "type": "Json"} if isinstance(v, list) else {"value": v}) for k, v in variables.items()}
    st, r = call('POST', f'/engine-rest/task/{t["id"]}/submit-form', user, {"variables": vs}); assert st in (200, 204), (st, r)
print('social.khh sees', len(tasks('social.khh')), 'tasks of this case')
work('social.tpe', 'dispatchHandling', {"assignedUnits": ["SOCIAL", "POLICE"], "visitMode": "FACE_TO_FACE", "preHandlingProtectedBy": "HOSPITAL", "crimeInvolved": True, "policeInformed": False, "policeDiscovered": "false"})
work('social.tpe', 'safetyAssessment', {"protectionDecision": "OPEN", "safetyLevel": "UNSAFE", "childSeen": "YES", "visitedAt": now.isoformat(),
                                        "investigationSummary": "兒少身上多處瘀傷，主要照顧者承認管教過當；開案提供家庭處遇"})
work('police.tpe', 'policeJointInvestigation', {"policeFindings": "CONFIRMED", "policeVisitedAt": now.isoformat()})
work('social.tpe', 'familyTreatmentPlan', {"planSubmittedAt": now.date().isoformat(), "servicesProvided": ["PARENTING_EDUCATION", "COUNSELLING"]})
work('social.tpe', 'familyServices', {"familyOutcome": "REBUILT"})  # never placed: Art. 10 services only
work('supervisor.tpe', 'closureReview', {"closureApproved": True})
time.sleep(2)
st, c = call('GET', f'/api/v1/cases/{case}', 'social.tpe'); print(json.dumps(c, ensure_ascii=False, indent=1))
st, inc = call('GET', '/engine-rest/incident', 'admin'); print('incidents', inc)
