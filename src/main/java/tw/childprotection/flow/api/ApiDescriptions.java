package tw.childprotection.flow.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each field of {@code /api/v1} means, in Traditional Chinese and English, by schema and property
 * as the served description names them. Kept here, not spread over the request records, so the words
 * are read and reviewed together; {@code ApiDescriptionMatchesControllersTest} fails when a field of a
 * controller's record has no entry here or an entry names a field that no longer exists.
 */
final class ApiDescriptions {

  private static final String TABLE = """
      ProtectionReportRequest.reporter | 通報人 | The person reporting
      ProtectionReportRequest.knownAt | 知悉時間（含時區），24 小時通報時限由此起算（辦法第2條） \
      | When the reporter learned of it, with offset; the 24-hour reporting limit runs from here (Art. 2)
      ProtectionReportRequest.urgent | 是否緊急 | Whether the situation is urgent
      ProtectionReportRequest.verbalFirst | 是否已先以言詞（電話）通報，書面補正 \
      | Whether it was first reported verbally (by phone), this being the written follow-up
      ProtectionReportRequest.article53Items | 兒童及少年福利與權益保障法第53條第1項之款次（1–6） \
      | Items of Art. 53(1) of the Child and Youth Welfare Act that apply (1 to 6)
      ProtectionReportRequest.reason | 通報事由（最多 2000 字） | What happened (at most 2,000 characters)
      ProtectionReportRequest.child | 被通報之兒童或少年 | The child or youth reported
      ProtectionReportRequest.location | 兒少所在地 | Where the child is
      ProtectionReportRequest.residenceCounty | 兒少住所地縣市代碼（選填），決定管轄（辦法第14條） \
      | County code of the child's residence (optional); decides jurisdiction (Art. 14)
      ProtectionReportRequest.receivingCounty | 受理通報之縣市代碼（選填，預設為所在地） \
      | County code of the authority that took the report (optional; default where the child is)
      ProtectionReportRequest.movingOrWhereaboutsUnknown | 兒少是否遷徙頻繁或行蹤不明（辦法第14條） \
      | Whether the child moves often or its whereabouts are unknown (Art. 14)
      Reporter.type | 通報人類別：MANDATED 責任通報人員、PUBLIC 一般民眾 \
      | Reporter type: MANDATED (mandated reporter) or PUBLIC (member of the public)
      Reporter.profession | 責任通報人員之職業別：MEDICAL、SOCIAL_WORK、EDUCATION、CHILDCARE、POLICE、JUDICIAL、\
      VILLAGE_OFFICER、OTHER | Mandated reporter's profession: MEDICAL, SOCIAL_WORK, EDUCATION, CHILDCARE, \
      POLICE, JUDICIAL, VILLAGE_OFFICER or OTHER
      Reporter.name | 通報人姓名 | Reporter's name
      Reporter.agency | 通報人服務單位 | Reporter's agency or institution
      ReportChild.nationalId | 身分證統一編號或居留證統一證號（不明時可省略） \
      | National ID or resident certificate number (may be left out when unknown)
      ReportChild.name | 姓名（最多 50 字） | Name (at most 50 characters)
      ReportChild.birthDate | 出生日期 YYYY-MM-DD（選填） | Date of birth, YYYY-MM-DD (optional)
      ReportChild.sex | 性別：M 男、F 女、UNKNOWN 不詳 | Sex: M, F or UNKNOWN
      Location.county | 所在地縣市代碼（ISO 3166-2:TW，不含 TW-） | County code where the child is (ISO 3166-2:TW \
      without TW-)
      Location.address | 所在地地址 | Address where the child is
      Accepted.caseId | 案號，例 CP-KHH-2026-000123 | Case number, e.g. CP-KHH-2026-000123
      Accepted.processInstanceId | 流程實例代碼 | The case's process instance id
      Accepted.handlingCounty | 依辦法第14條負責處理之縣市 | The county that handles it by Art. 14
      Accepted.identityCheck | 兒少身分證統一編號與未結案件相同而姓名或出生日期不同時為 true：照常開案，惟不與原案併計管轄，\
      由原案縣市社工核對 | true when the identity number matches an open case but the name or birth date differ: the \
      case opens all the same, not counted with the earlier one, until a social worker of its county reconciles
      ReferralRequest.source | 轉介來源：BIRTH_REGISTRATION 出生登記、HOUSEHOLD_RELOCATION 戶籍遷徙、\
      OVERDUE_VACCINATION 逾期未接種、NHI_UNINSURED 未納健保、LOW_INCOME_DISABLED_PARENT 低收入戶或身障父母 \
      | Referral source: birth registration, household relocation, overdue vaccination, uninsured in national \
      health insurance, or low-income household or parent with a disability
      ReferralRequest.child | 被轉介之兒童（未滿6歲；逾期未接種為未滿7歲） | The child referred (under six; \
      overdue vaccination: under seven)
      ReferralRequest.registeredCounty | 戶籍所在縣市代碼 | County code of household registration
      ReferralRequest.registeredAddress | 戶籍地址 | Registered address
      ReferralRequest.guardians | 父母或監護人 | Parents or guardians
      ReferralRequest.details | 轉介機關提供之其他資料（例：逾期疫苗） | Other facts the referring agency adds \
      (e.g. the overdue vaccines)
      ReferralChild.nationalId | 身分證統一編號 | National ID
      ReferralChild.name | 姓名 | Name
      ReferralChild.birthDate | 出生日期 YYYY-MM-DD | Date of birth, YYYY-MM-DD
      ReferralChild.sex | 性別：M 男、F 女 | Sex: M or F
      Guardian.nationalId | 身分證統一編號（選填） | National ID (optional)
      Guardian.name | 姓名 | Name
      Guardian.relation | 關係：MOTHER、FATHER、GRANDPARENT、GUARDIAN、RELATIVE、CAREGIVER、OTHER \
      | Relation: MOTHER, FATHER, GRANDPARENT, GUARDIAN, RELATIVE, CAREGIVER or OTHER
      Guardian.phone | 聯絡電話（選填） | Phone (optional)
      ReferralAnswer.caseId | 案號，例 AC-TPE-2026-000042 | Case number, e.g. AC-TPE-2026-000042
      ReferralAnswer.processInstanceId | 流程實例代碼 | The case's process instance id
      ReferralAnswer.duplicate | 同一兒童同一來源已有未結案件時為 true（回應 200） \
      | true when the same child and source already have an open case (answer 200)
      ReferralAnswer.addedSource | 同一兒童之未結案件增列此來源時為 true | true when the child's open case \
      took this source as an additional one
      ReferralAnswer.forwarded | 兒童已於其他縣市有未結案件時為 true：轉介已送達該案（由該縣市處理並可見其來源），\
      回應 202，不含案號 | true when the child has an open case in another county: the referral reached it (that \
      county handles it and sees where it came from); answered 202 without case number
      ReferralAnswer.identityCheck | 身分證統一編號與未結案件相同而姓名或出生日期不同時為 true：未併案，由該案縣市社工\
      核對身分（同一兒童則併案，不同兒童則另開新案），回應 202，不含案號 | true when the identity number matches an \
      open case but the name or birth date differ: not merged; a social worker of that case's county reconciles \
      (same child: joins it; another child: its own case); answered 202 without case number
      TransmissionAnswer.transmissionId | 背景處理之傳送代碼（僅於回應 202 時），以 GET …/batch/{transmissionId} 查詢進度 \
      | Id of a transmission processed in the background (answer 202 only); GET …/batch/{transmissionId} for progress
      TransmissionAnswer.status | 背景處理狀態：PROCESSING 處理中、DONE 已完成 | Background processing: PROCESSING or DONE
      TransmissionAnswer.processed | 已判定之筆數（背景處理） | Lines judged so far (background processing)
      TransmissionLines.lines | 各行處理結果，依行號排序 | Each line's result, in line order
      TransmissionLine.line | 行號（NDJSON 第1行為第一筆；CSV 第1行為標題列） | Line number (NDJSON: line 1 is the first \
      referral; CSV: line 1 is the header)
      TransmissionLine.outcome | PENDING 待處理、ACCEPTED 開案或併案、DUPLICATE 重複、REJECTED 被拒 \
      | PENDING, ACCEPTED (started or joined a case), DUPLICATE, or REJECTED
      TransmissionLine.errors | 被拒之錯誤 | Why the line was refused
      TransmissionAnswer.received | 收到之筆數 | Lines received
      TransmissionAnswer.accepted | 開案或併案之筆數 | Lines that started or joined a case
      TransmissionAnswer.duplicates | 重複（已有未結案件）之筆數 | Lines already open as a case
      TransmissionAnswer.rejected | 被拒之各行及其錯誤 | Lines refused, each with its errors
      TransmissionAnswer.expected | 傳送機關聲明之筆數（查詢參數 expected） | Lines the agency said it sent \
      (query parameter expected)
      TransmissionAnswer.complete | 收到筆數是否等於聲明筆數 | Whether as many lines arrived as were announced
      Rejected.line | 行號（CSV 含標題列，自 1 起算） | Line number (from 1; a CSV counts its header)
      Rejected.errors | 此行之錯誤 | This line's errors
      ApiErrors.errors | 錯誤清單：輸入錯誤時不做任何變更 | The errors; bad input changes nothing
      ApiError.field | 有誤之欄位，例 child.nationalId | The field in error, e.g. child.nationalId
      ApiError.code | 錯誤代碼（見 API 說明之代碼表） | Error code (see the table in the API's description)
      ApiError.message | 英文說明 | Explanation in English
      ApiError.messageZh | 中文說明 | Explanation in Traditional Chinese
      CaseView.caseId | 案號 | Case number
      CaseView.kind | 案件類別：ACTIVE_CARE 主動關懷、PROTECTION 兒少保護 | Kind: ACTIVE_CARE or PROTECTION
      CaseView.county | 目前處理之縣市 | The county handling it now
      CaseView.status | 狀態：OPEN 處理中、CLOSED 已結案 | Status: OPEN or CLOSED
      CaseView.openTasks | 待辦工作 | Open tasks
      CaseView.deadlines | 法定期限及其狀態 | Statutory deadlines and their status
      CaseView.transfers | 移轉紀錄（辦法第14條） | Transfers to another county (Art. 14)
      OpenTask.taskId | 工作代碼 | Task id
      OpenTask.name | 工作名稱 | Task name
      OpenTask.candidateGroup | 承辦群組 | Candidate group
      OpenTask.due | 到期時間（臺灣時間） | Due (Taiwan time)
      OpenTask.assignee | 目前承辦人（尚未認領者為空） | Who holds it now (empty while unclaimed)
      CaseView.child | 案件之兒童或少年（不含身分證號） | The case's child (no national ID)
      CaseView.timeline | 歷程：每一完成之步驟 | Timeline: each completed step
      Child.name | 姓名 | Name
      Child.birthDate | 出生日期 YYYY-MM-DD（不明時為空） | Date of birth, YYYY-MM-DD (empty when unknown)
      Child.sex | 性別：M 男、F 女、UNKNOWN 不詳 | Sex: M, F or UNKNOWN
      Step.at | 完成時間（臺灣時間） | When it was done (Taiwan time)
      Step.step | 步驟名稱 | The step
      Step.by | 完成者之帳號 | Who did it (user id)
      Step.outcome | 結果，以表單之用語記載（不含身分證號） | What it decided, in the words of its form (no national ID)
      Search.cases | 符合之案件（僅限呼叫者可見之縣市，含已結案）       | Matching cases (only the caller's counties; closed cases included)
      Found.caseId | 案號 | Case number
      Found.kind | 案件類別：ACTIVE_CARE、PROTECTION | Kind: ACTIVE_CARE or PROTECTION
      Found.county | 處理之縣市 | The county handling it
      Found.status | 狀態：OPEN、CLOSED | Status: OPEN or CLOSED
      Found.child | 案件之兒童或少年 | The case's child
      Reassignment.to | 改由何位社工承辦（帳號，同縣市） | The social worker who takes over (user id, same county)
      Reassignment.reason | 改派理由（記入歷程） | Why (kept in the timeline)
      Reassigned.cases | 改派之案件數 | How many cases moved
      Reassigned.tasks | 改派之待辦工作數 | How many open tasks moved
      Document.id | 文件代碼 | Document id
      Document.caseId | 案號 | Case number
      Document.fileName | 檔名 | File name
      Document.contentType | 檔案類型：application/pdf、image/png、image/jpeg | Type: PDF, PNG or JPEG
      Document.size | 大小（位元組，至多 10 MB） | Size in bytes (at most 10 MB)
      Document.uploadedAt | 上傳時間（臺灣時間） | When it was uploaded (Taiwan time)
      Document.uploadedBy | 上傳者之帳號 | Who uploaded it (user id)
      Document.taskName | 上傳時所在之工作（選填） | The task it was uploaded from (optional)
      Deadline.code | 期限代碼，例 CP_INVESTIGATION_4WD | Deadline code, e.g. CP_INVESTIGATION_4WD
      Deadline.basis | 法源 | Legal basis
      Deadline.startedAt | 起算時間 | When it started
      Deadline.dueAt | 屆期時間 | When it is due
      Deadline.status | 狀態：PENDING 進行中、MET 已遵守、BREACHED 已逾期 | Status: PENDING, MET or BREACHED
      Transfer.fromCounty | 移出縣市 | From county
      Transfer.toCounty | 移入縣市 | To county
      Transfer.transferredAt | 移轉時間 | When
      Transfer.reason | 移轉理由 | Why
      TransferRequest.toCounty | 移入縣市代碼（兒少住所地，辦法第14條） | County code to transfer to (the child's \
      residence, Art. 14)
      TransferRequest.reason | 移轉理由（最多 500 字） | Why (at most 500 characters)
      Done.caseId | 案號 | Case number
      Done.fromCounty | 移出縣市 | From county
      Done.toCounty | 移入縣市 | To county
      Done.processInstanceId | 移入縣市之流程實例代碼 | Process instance id in the new county
      PlacementRequest.placedAt | 緊急安置時間（含時區） | When the child was placed, with offset
      PlacementRequest.placementGround | 緊急安置之事由（兒少權法第56條第1項各款） | Ground of the emergency placement \
      (Act Art. 56(1))
      PlacementRequest.childIsStudent | 兒少是否為學生（須通知學校，辦法第6條） | Whether the child is a student (the \
      school is notified, Art. 6)
      Started.caseId | 案號 | Case number
      Started.placedAt | 緊急安置時間 | When the child was placed
      EndRequest.reason | 結束安置之事由 | Why the placement ends
      EndRequest.note | 說明（選填） | Note (optional)
      Ended.caseId | 案號 | Case number
      Ended.reason | 結束安置之事由 | Why the placement ended
      PauseRequest.from | 不計入72小時之起始時間（含時區） | Start of time not counted in the 72 hours, with offset
      PauseRequest.to | 不計入72小時之結束時間（含時區） | End of time not counted in the 72 hours, with offset
      PauseRequest.reason | 不計入之事由（兒少權法第57條） | Why it is not counted (Act Art. 57)
      PauseRequest.note | 說明（選填） | Note (optional)
      Recorded.caseId | 案號 | Case number
      Recorded.dueAt | 重新計算之72小時屆期時間 | The 72 hours' new end
      Recorded.pauses | 已登錄之不計入時間 | The intervals not counted so far
      Pause.from | 起始時間 | Start
      Pause.to | 結束時間 | End
      Pause.reason | 事由 | Reason
      Pause.note | 說明 | Note
      Pause.recordedBy | 登錄者 | Recorded by
      Pause.recordedAt | 登錄時間 | Recorded at
      CaseAccessLog.caseId | 案號 | Case number
      CaseAccessLog.entries | 存取紀錄，舊者在前（不含資料內容） | The accesses, oldest first (never the data itself)
      AccessEntry.at | 存取時間 | When
      AccessEntry.user | 存取者帳號 | Who (user id)
      AccessEntry.access | READ 讀取或 CHANGE 異動 | READ or CHANGE
      AccessEntry.channel | 管道：API、ENGINE_REST、WEBAPP_ENGINE（Tasklist/Cockpit）、TASKLIST_CASE_TAB \
      | Through: API, ENGINE_REST, WEBAPP_ENGINE (Tasklist, Cockpit) or TASKLIST_CASE_TAB
      AccessEntry.method | HTTP 方法 | HTTP method
      AccessEntry.path | 路徑範本（不含任何值），例 /engine-rest/task/{taskId}/form-variables \
      | Path template, without its values, e.g. /engine-rest/task/{taskId}/form-variables
      AccessEntry.status | 回應狀態碼（403 為遭拒之存取） | The answer's status (403: a refused attempt)
      AccessEntry.withoutTask | 存取者於本案從未承辦或受派任何工作（應特別注意） \
      | The person never had nor was offered a task in this case (stands out)
      Me.userId | 登入帳號 | The user logged in
      Me.name | 姓名 | Name
      Me.counties | 所屬縣市代碼 | The user's counties
      Reports.reports | 本人所為之通報，新者在前 | The reports this user filed, newest first
      MyReport.caseId | 案號 | Case number
      MyReport.reportedAt | 通報時間（臺灣時間） | When it was filed (Taiwan time)
      MyReport.handlingCounty | 依辦法第14條負責處理之縣市代碼 | County code handling it by Art. 14
      MyReport.handlingCountyName | 負責處理之縣市名稱 | Name of the county handling it
      """;

  static final Map<String, String> BY_FIELD = parse(TABLE);

  private ApiDescriptions() {
  }

  /** "中文 — English" for {@code schema.property}, if we wrote one. */
  static Optional<String> of(String schema, String property) {
    return Optional.ofNullable(BY_FIELD.get(schema + "." + property));
  }

  private static Map<String, String> parse(String table) {
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (String line : table.strip().split("\n")) {
      String[] parts = line.split("\\|");
      if (parts.length != 3) {
        throw new IllegalStateException("ApiDescriptions: not 'field | 中文 | English': " + line);
      }
      descriptions.put(parts[0].strip(), parts[1].strip() + " — " + parts[2].strip());
    }
    return descriptions;
  }
}
