package tw.childprotection.flow.validation;

/** One problem with one field of a request, in English and Traditional Chinese (CONTRACT §3). */
public record ApiError(String field, String code, String message, String messageZh) {
}
