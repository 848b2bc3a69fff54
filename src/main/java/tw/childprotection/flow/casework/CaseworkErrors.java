package tw.childprotection.flow.casework;

import tw.childprotection.flow.validation.ApiError;

/** The errors of the case file, the same through the API and Tasklist. */
public final class CaseworkErrors {

  public static final ApiError TOO_LARGE = new ApiError("file", "TOO_LARGE", "a document may be at most 10 MB",
      "文件不得超過 10 MB");
  public static final ApiError NOT_ACCEPTED = new ApiError("file", "UNSUPPORTED_TYPE",
      "only PDF, PNG and JPEG documents are kept (and the content must be what the type says)",
      "僅接受 PDF、PNG 或 JPEG 文件（且內容須與檔案類型相符）");

  private CaseworkErrors() {
  }
}
