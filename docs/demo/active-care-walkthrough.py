#!/usr/bin/env python3
"""Active care (主動關懷) through the demo, as the people who do the work would take it.

Start the demo (./mvnw spring-boot:run), then: python3 docs/demo/active-care-walkthrough.py
A household office posts an ex-officio birth registration of a Taipei child; its visit finds no one, so
letters go to the police (visit within 7 days) and the district office (reply within a month); both
find no one, social affairs is told, the platform matches the care records, the social worker visits
within 10 days and finds the child living with its grandmother, writes the visit report (註5) and the
supervisor approves closure. The CDC then transmits a batch (NDJSON) with one good line, one repeat and
one bad line. Every step claims the task and submits its Camunda form through /engine-rest exactly as
Tasklist does; the case and its deadlines are printed at the end. The children are fictitious. The same
paths run in CI as ActiveCareThroughTasklistTest.
"""
import json, base64, urllib.request, datetime, time, random
BASE = 'http://localhost:8080'
def call(method, path, user, body=None, content_type='application/json'):
    req = urllib.request.Request(BASE + path, method=method)
    req.add_header('Authorization', 'Basic ' + base64.b64encode(f'{user}:demo'.encode()).decode())
    data = None
    if body is not None:
        data = (body if isinstance(body, str) else json.dumps(body)).encode(); req.add_header('Content-Type', content_type)
    try:
        with urllib.request.urlopen(req, data) as r:
            txt = r.read().decode(); return r.status, (json.loads(txt) if txt else None)
    except urllib.error.HTTPError as e:
        if e.code == 503 and e.headers.get('Retry-After'):  # the demo still sends in its synthetic cases
            time.sleep(int(e.headers['Retry-After'])); return call(method, path, user, body, content_type)
        return e.code, e.read().decode()
def national_id(letter='A', sex='2'):
    value = 'ABCDEFGHJKLMNPQRSTUVXYWZIO'.index(letter) + 10
    body = sex + ''.join(random.choice('0123456789') for _ in range(7))
    total = value // 10 + value % 10 * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
    return letter + body + str((10 - total % 10) % 10)
today = datetime.date.today()
def referral(source, nid):
    return {"source": source, "child": {"nationalId": nid, "name": "林小安", "birthDate": str(today.replace(year=today.year - 2)), "sex": "F"},
            "registeredCounty": "TPE", "registeredAddress": "臺北市萬華區", "guardians": [{"name": "林媽媽", "relation": "MOTHER"}]}
st, res = call('POST', '/api/v1/active-care/referrals', 'household.tpe', referral('BIRTH_REGISTRATION', national_id()))
print('referral', st, res); assert st == 201, res
case = res['caseId']
def tasks(user):
    time.sleep(1.5)  # the job executor runs the asynchronous agency calls
    st, t = call('GET', f'/engine-rest/task?processInstanceBusinessKey={case}', user); return t
def at():
    """A moment a person enters on a form: now, Taiwan time, to the minute."""
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).replace(second=0, microsecond=0).isoformat()
def work(user, key, variables):
    ts = [t for t in tasks(user) if t['taskDefinitionKey'] == key]
    assert ts, f'{user} sees no {key}: {[t["taskDefinitionKey"] for t in tasks("admin")]}'
    t = ts[0]
    st, form = call('GET', f'/engine-rest/task/{t["id"]}/deployed-form', user); assert st == 200, (st, form)
    print(f'{user:15} {t["name"]} (due {t.get("due")}) form={form["id"]}')
    st, r = call('POST', f'/engine-rest/task/{t["id"]}/claim', user, {"userId": user}); assert st == 204, (st, r)
    # a checklist goes as Json text, as Tasklist sends it; everything else as its value
    vs = {k: ({"value": json.dumps(v), "type": "Json"} if isinstance(v, list) else {"value": v}) for k, v in variables.items()}
    st, r = call('POST', f'/engine-rest/task/{t["id"]}/submit-form', user, {"variables": vs}); assert st in (200, 204), (st, r)
print('social.khh sees', len(tasks('social.khh')), 'tasks of this case')
work('household.tpe', 'birthRegistrationVisit', {"screeningOutcome": "WHEREABOUTS_UNKNOWN", "birthVisitContact": "NONE", "birthVisitAt": at()})
work('police.tpe', 'policeVisit', {"policeFinding": "NOT_FOUND", "policeNote": "戶籍地查無此人", "policeVisitedAt": at()})
work('district.tpe', 'districtFollowUp', {"districtFinding": "NOT_FOUND", "districtFollowUpBy": "VILLAGE_CHIEF", "districtNote": "里長未曾見過",
                                         "districtVisitedAt": at()})
work('household.tpe', 'reviewLetterReplies', {"screeningOutcome": "WHEREABOUTS_UNKNOWN"})
work('social.tpe', 'socialVisit', {"visitOutcome": "WELL", "childSeen": "YES", "socialVisitedAt": at()})
work('social.tpe', 'visitReport', {"comprehensiveAssessment": "與祖母同住，照顧良好", "serviceDirection": "CLOSE_WELL",
                                  "followUpVisitedAt": at(), "assessmentAreas": ["CHILD_HEALTH_DEVELOPMENT", "CARE_ARRANGEMENT"]})
work('supervisor.tpe', 'closureReview', {"closureApproved": True})
time.sleep(2)
st, c = call('GET', f'/api/v1/cases/{case}', 'social.tpe'); print(json.dumps(c, ensure_ascii=False, indent=1))
repeat = national_id()
batch = '\n'.join(json.dumps(r, ensure_ascii=False) for r in [referral('OVERDUE_VACCINATION', repeat), referral('OVERDUE_VACCINATION', repeat),
                                                            referral('OVERDUE_VACCINATION', 'A123456788')])
st, b = call('POST', '/api/v1/active-care/referrals/batch?expected=3', 'cdc', batch, 'application/x-ndjson')
print('CDC transmission', st, json.dumps(b, ensure_ascii=False))
st, inc = call('GET', '/engine-rest/incident', 'admin'); print('incidents', inc)
