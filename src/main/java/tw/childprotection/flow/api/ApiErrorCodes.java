package tw.childprotection.flow.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every {@code errors[].code} our API answers, with its status, in Traditional Chinese and English.
 * {@code ApiDescriptionMatchesControllersTest} reads the codes the source code writes and fails when one
 * is missing here.
 */
final class ApiErrorCodes {

  record Code(int status, String zh, String en) {
  }

  static final Map<String, Code> CODES = new LinkedHashMap<>();

  static {
    add("REQUIRED", 400, "必填欄位未填", "a required field is missing");
    add("INVALID_FORMAT", 400, "格式錯誤（例：身分證字號、案號）", "wrong format (e.g. a national ID, a case number)");
    add("INVALID_CHECKSUM", 400, "身分證字號檢查碼不符", "the national ID's check digit does not match");
    add("INVALID_DATE", 400, "日期須為 YYYY-MM-DD", "a date must be written YYYY-MM-DD");
    add("INVALID_DATETIME", 400, "日期時間須含時區，例 2026-11-20T09:30:00+08:00",
        "a date and time must carry an offset, e.g. 2026-11-20T09:30:00+08:00");
    add("DATE_IN_FUTURE", 400, "日期或時間晚於現在", "a date or time later than now");
    add("UNKNOWN_COUNTY", 400, "非 22 個直轄市、縣(市)代碼之一", "not one of the 22 county codes");
    add("NOT_ALLOWED", 400, "不在允許之值內（欄位說明列出可用值）", "not one of the allowed values (listed in the message)");
    add("TOO_LONG", 400, "超過長度上限", "longer than allowed");
    add("NOT_A_CHILD", 400, "已滿18歲，非兒少保護通報對象", "18 or older: not a child under this regulation");
    add("AGE_NOT_SERVED", 400, "兒童年齡不在該轉介來源之服務範圍", "the child's age is outside what the source serves");
    add("WRONG_TYPE", 400, "資料型態錯誤（例：應為數字處填入文字）", "a value of the wrong type (text where a number belongs)");
    add("MALFORMED_JSON", 400, "請求內容不是正確的 JSON", "the body is not valid JSON of the expected shape");
    add("UNREADABLE", 400, "此行不是一筆 JSON 轉介資料（NDJSON）", "this NDJSON line is not one referral object");
    add("MISSING_COLUMN", 400, "CSV 標題列缺少必要欄位，整批不受理", "the CSV header lacks a required column: "
        + "nothing is taken");
    add("WRONG_COLUMN_COUNT", 400, "此行欄位數與標題列不符", "this CSV line has more or fewer fields than the header");
    add("IN_FUTURE", 400, "時間晚於現在", "a time later than now");
    add("BEFORE_REPORT", 400, "時間早於通報（通報人知悉之時）", "a time before the report (when the reporter knew)");
    add("NOT_AFTER_FROM", 400, "結束時間須晚於起始時間", "the end must be later than the start");
    add("OUT_OF_RANGE", 400, "數值超出允許範圍（例：分頁之 from、limit）",
        "a number outside its range (e.g. a page's from or limit)");
    add("OVERLAPS", 400, "與已登錄之不計入時間重疊", "overlaps an interval already recorded");
    add("REASON_REQUIRED", 400, "不同意者須敘明理由", "a refusal must state its reason");
    add("FOLLOW_UP_UNDER_ONE_YEAR", 400, "追蹤輔導未滿一年（辦法第9條），須送督導審核",
        "follow-up under one year (Art. 9): the supervisor must review an early end");
    add("ALREADY_HANDLING", 400, "案件已由該縣市處理", "that county already handles the case");
    add("STARTING", 503, "示範系統正在送入模擬案件，請數秒後再試（僅示範設定）",
        "the demo is sending in its synthetic cases; try again in a few seconds (demo profile only)");
    add("FORBIDDEN", 403, "您的角色沒有執行此操作的權限", "your role may not do this");
    add("NOT_FOUND", 404, "查無您可存取之資料（他縣市之案件亦同）", "nothing you may see (another county's case "
        + "answers the same)");
    add("ALREADY_PLACED", 409, "本案兒少已在緊急安置或追蹤輔導中", "the child is already placed or in follow-up");
    add("NOT_PLACED", 409, "本案兒少目前未緊急安置", "the child of this case is not in an emergency placement");
    add("NOT_IN_CONTINUED_PLACEMENT", 409, "本案兒少目前不在法院裁定繼續安置期間",
        "the child is not in a court-ordered continued placement");
    add("CHANGED_MEANWHILE", 409, "案件同時已由他人或系統更新，請重新送出",
        "the case was changed at the same moment by someone else: send the request again");
    add("NOT_OPEN", 409, "案件已結案", "the case is closed");
    add("NOT_IN_PROTECTION_SERVICES", 409, "案件不在開案保護服務階段，無法啟動此項處置",
        "the case is not open for protection services: the measure cannot start");
    add("NOT_TRANSFERABLE_NOW", 409, "案件目前之階段不得移轉", "the case cannot be transferred at its present step");
    add("AFTER_TO", 400, "期間之起日晚於迄日", "the start of the period is after its end");
    add("PERIOD_TOO_LONG", 400, "期間最長三年", "a period of at most three years");
    add("INVALID_LENGTH", 400, "長度不在允許範圍內（例：搜尋為 2 至 40 字）",
        "the length is outside what is allowed (a search: 2 to 40 characters)");
    add("INVALID_CHARACTERS", 400, "含控制字元（如 NUL）或毀損的 Unicode 字元",
        "contains control characters (such as NUL) or broken Unicode");
    add("TOO_MANY", 400, "項目過多（例：法定代理人或照顧者之人數）", "too many items (e.g. guardians)");
    add("TOO_DEEP", 400, "請求內容之巢狀層次過深", "the request body nests too deep");
    add("DUPLICATE_KEY", 400, "JSON 物件重複列出同一欄位", "a JSON object names the same field twice");
    add("DUPLICATE_COLUMN", 400, "CSV 標題列重複列出同一欄位", "the CSV header names a column twice");
    add("NOT_ON_FORM", 400, "非該工作表單之欄位（僅得送出本項工作表單之欄位）", "not a field of the task's form");
    add("NOT_WRITABLE", 400, "此資料不得由承辦人員修改（身分、管轄縣市、法定期限等）",
        "not a person's to change (identity, county, legal deadlines)");
    add("OUT_OF_RANGE", 400, "數值超出表單允許之範圍", "a number outside what the form allows");
    add("BAD_REQUEST", 400, "請求格式不正確", "the request is not valid");
    add("EMPTY", 400, "文件是空的", "the document is empty");
    add("UNSUPPORTED_TYPE", 415, "僅收 PDF、PNG 與 JPEG 文件，且內容須與類型相符",
        "only PDF, PNG and JPEG documents, whose content is what the type says");
    add("NOT_A_SOCIAL_WORKER_OF_COUNTY", 400, "須為本案所屬縣市的社工", "must be a social worker of the case's county");
    add("NO_OPEN_CASE_OF_YOUR_COUNTY", 400, "查無您所屬縣市開案中之保護案件（他縣市之案件亦同）",
        "no open protection case of your county has this number (another county's case answers the same)");
    add("NOT_A_FORM_FIELD", 400, "非表單之欄位（申請人與縣市由系統依登入者認定）",
        "not a field of the form (who asks, and for which county, the server takes from the login)");
    add("TOO_LARGE", 413, "請求內容或文件超過上限", "the body or the document is over its limit");
    add("UNSUPPORTED_MEDIA_TYPE", 415, "不接受此 Content-Type（請以 application/json 傳送）",
        "this Content-Type is not taken (send application/json)");
    add("NOT_ACCEPTABLE", 406, "無法以要求之格式回應（本 API 回應 application/json）",
        "cannot answer in the format asked for (this API answers application/json)");
    add("METHOD_NOT_ALLOWED", 405, "此路徑不接受此 HTTP 方法", "this path does not take this HTTP method");
    add("UNAUTHENTICATED", 401, "未登入或帳號密碼錯誤", "no credentials, or wrong ones");
    add("INTERNAL_ERROR", 500, "系統發生非預期之錯誤（已記錄，未包含輸入內容）", "an unexpected fault (logged without the input)");
  }

  private ApiErrorCodes() {
  }

  private static void add(String code, int status, String zh, String en) {
    CODES.put(code, new Code(status, zh, en));
  }

  /** The codes as a Markdown table, for the API's description. */
  static String table() {
    StringBuilder table = new StringBuilder("| code | HTTP | 說明 | meaning |\n|---|---|---|---|\n");
    CODES.forEach((code, c) -> table.append("| `").append(code).append("` | ").append(c.status()).append(" | ")
        .append(c.zh()).append(" | ").append(c.en()).append(" |\n"));
    return table.toString();
  }
}
