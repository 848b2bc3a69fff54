package tw.childprotection.flow.validation;

import java.util.List;

/** The body of every 4xx answer: {@code {"errors":[{"field":…,"code":…,"message":…,"messageZh":…}]}}. */
public record ApiErrors(List<ApiError> errors) {

  public static ApiErrors of(ApiError error) {
    return new ApiErrors(List.of(error));
  }
}
