package tw.childprotection.flow.agencies;

import org.springframework.web.client.RestClient;

/**
 * A system that answers questions about a child, over its HTTP interface (mode http):
 * {@code POST <base-url><path>} with the {@link ChildQuery}, read as {@code A}. Each lookup's HTTP class
 * is a constructor naming the system, the path and the answer, and the one method of its interface.
 *
 * @param <A> the system's answer
 */
public abstract class HttpLookup<A> {

  private final AgencyHttpClient http;
  private final Class<A> answerType;

  protected HttpLookup(String agency, String path, Class<A> answerType, AgencyProperties properties,
      RestClient.Builder restClient) {
    this.http = new AgencyHttpClient(agency, AgencyHttpClient.keyOf(getClass()), path, properties, restClient);
    this.answerType = answerType;
  }

  /** Asks about the query's child; an answer that cannot be read is retryable, never "nothing known". */
  protected A ask(ChildQuery query) {
    return http.query(query, answerType);
  }
}
