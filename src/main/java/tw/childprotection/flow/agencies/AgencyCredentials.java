package tw.childprotection.flow.agencies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * How we prove to one agency who we are: a bearer token (sent as {@code Authorization: Bearer …}) and/or a
 * client certificate (a PKCS#12 key store and its password), each from configuration or the environment
 * ({@link AgencyProperties}), never from code. Nothing here is ever written out: {@link #toString()} says
 * only which of them is set, and no message of ours quotes a token or a password.
 *
 * @param bearerToken null when none
 * @param keyStore path of the PKCS#12 file holding the client certificate and its key, null when none
 * @param keyStorePassword its password, null when none
 */
public record AgencyCredentials(String bearerToken, String keyStore, String keyStorePassword) {

  public static final AgencyCredentials NONE = new AgencyCredentials(null, null, null);

  public AgencyCredentials {
    bearerToken = blankToNull(bearerToken);
    keyStore = blankToNull(keyStore);
    keyStorePassword = blankToNull(keyStorePassword);
  }

  public boolean hasBearerToken() {
    return bearerToken != null;
  }

  public boolean hasClientCertificate() {
    return keyStore != null;
  }

  /**
   * The TLS context presenting the client certificate; the default context when there is none.
   *
   * @param agency the agency's name, for the message when the key store cannot be read
   */
  SSLContext sslContext(String agency) {
    try {
      if (!hasClientCertificate()) {
        return SSLContext.getDefault();
      }
      char[] password = keyStorePassword == null ? new char[0] : keyStorePassword.toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(Path.of(keyStore))) {
        store.load(in, password);
      }
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      // the cause's message may name the file but never the password; we give the class only
      throw new IllegalStateException("The client certificate for the " + agency + " cannot be read from its key"
          + " store (" + e.getClass().getSimpleName() + "): check the file and its password");
    }
  }

  @Override
  public String toString() {
    return "AgencyCredentials[bearerToken=" + (hasBearerToken() ? "set" : "none") + ", clientCertificate="
        + (hasClientCertificate() ? "set" : "none") + "]";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
