package tw.childprotection.flow.validation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body of {@code /api} larger than it may be (CONTRACT §3: 413): a single referral or
 * report is a few kilobytes, a transmission a few megabytes. A declared length over the limit is
 * refused before a byte is read; a body sent without one (chunked) is cut off where it passes the
 * limit, and the reader answers 413 in the contract's shape ({@link RequestExceptionHandler}).
 */
@Configuration
class BodyLimit {

  /** After the API's authentication: an anonymous caller is turned away before its body is read. */
  static final int ORDER = Ordered.LOWEST_PRECEDENCE - 50;

  @Bean
  FilterRegistrationBean<LimitFilter> apiBodyLimit(
      @Value("${child-protection.api.max-body-size:64KB}") DataSize single,
      @Value("${child-protection.api.max-transmission-size:16MB}") DataSize transmission,
      @Value("${child-protection.api.max-document-size:11MB}") DataSize document) {
    FilterRegistrationBean<LimitFilter> registration = new FilterRegistrationBean<>(
        new LimitFilter(single.toBytes(), transmission.toBytes(), document.toBytes()));
    registration.setName("api-body-limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(ORDER);
    return registration;
  }

  /** Reading the body went past its limit. An IOException, so every reader passes it on as unreadable. */
  static class TooLarge extends IOException {
    final long limit;

    TooLarge(long limit) {
      super("request body over " + limit + " bytes");
      this.limit = limit;
    }
  }

  static final class LimitFilter extends OncePerRequestFilter {
    private final long single;
    private final long transmission;
    /** A document for a case file: its own check (10 MB) answers first; this one only stops a flood. */
    private final long document;

    LimitFilter(long single, long transmission, long document) {
      this.single = single;
      this.transmission = transmission;
      this.document = document;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getContentType() != null && !parses(request.getContentType())) {
        // not a media type at all: refused here, before each reader of the type fails its own way
        RequestExceptionHandler.write(response, 415, ApiErrors.of(new ApiError("Content-Type",
            "UNSUPPORTED_MEDIA_TYPE",
            "the Content-Type is not one media type; send application/json",
            "Content-Type 不是單一明確的格式，請以 application/json 傳送")));
        return;
      }
      String path = request.getRequestURI();
      long limit = path.endsWith("/batch") ? transmission : path.endsWith("/attachments") ? document : single;
      if (request.getContentLengthLong() > limit) {
        RequestExceptionHandler.write(response, 413, RequestExceptionHandler.tooLarge(limit));
        return;
      }
      chain.doFilter(new Limited(request, limit), response);
    }
  }

  /** A media type, and a concrete one: {@code *}{@code /*} describes no body (Spring refuses it as a content type). */
  private static boolean parses(String contentType) {
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return !type.isWildcardType() && !type.isWildcardSubtype();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > limit) {
        throw new TooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
