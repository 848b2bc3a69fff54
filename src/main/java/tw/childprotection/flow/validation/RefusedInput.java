package tw.childprotection.flow.validation;

import java.util.List;

/**
 * An exception that carries what was wrong with a person's input, by field, in both languages: a form
 * the server refused, say. Whoever answers the request (the API, {@code /engine-rest}) turns it into a
 * 400 in the contract's error shape, whatever exception type carries it.
 */
public interface RefusedInput {

  List<ApiError> errors();

  /** Both languages in one sentence, for clients (Tasklist) that show only a message. */
  String getMessage();
}
