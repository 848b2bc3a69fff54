package tw.childprotection.flow.validation;

import java.util.List;

/** The body of every 4xx answer: {@code {"errors":[{"field":…,"code":…,"message":…,"messageZh":…}]}}. */
public record ApiErrors(List<ApiError> errors) {

  public static ApiErrors of(ApiError error) {
    return new ApiErrors(List.of(error));
  }

  /** The one answer to a refusal (403), whoever refuses: it names no case, county or reason. */
  public static ApiErrors forbidden() {
    return of(new ApiError(null, "FORBIDDEN", "your role may not do this", "您的角色沒有執行此操作的權限"));
  }
}
