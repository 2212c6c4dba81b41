package bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Weak hashes, ciphers, randomness and TLS (CWE-916/327/330/295): vulnerable and safe methods. */
public class CryptoCases {
  public byte[] vulnMd5Password(String password) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("MD5");
    return md.digest(password.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] vulnSha1Password(char[] password, byte[] salt) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-1");
    md.update(salt);
    return md.digest(new String(password).getBytes(StandardCharsets.UTF_8));
  }

  public byte[] safeMd5Checksum(byte[] fileContent) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("MD5");
    return md.digest(fileContent);
  }

  public byte[] safeSha256Password(String password) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] vulnDes(SecretKey key, byte[] data) throws Exception {
    Cipher c = Cipher.getInstance("DES/CBC/PKCS5Padding");
    c.init(Cipher.ENCRYPT_MODE, key);
    return c.doFinal(data);
  }

  public byte[] vulnEcb(SecretKey key, byte[] data) throws Exception {
    Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
    c.init(Cipher.ENCRYPT_MODE, key);
    return c.doFinal(data);
  }

  public byte[] safeGcm(SecretKey key, byte[] data) throws Exception {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(Cipher.ENCRYPT_MODE, key);
    return c.doFinal(data);
  }

  public String vulnRandomToken() {
    Random random = new Random();
    String token = Long.toHexString(random.nextLong());
    return token;
  }

  public int vulnRandomResetCode() {
    Random r = new Random();
    int resetCode = 100000 + r.nextInt(900000);
    return resetCode;
  }

  public List<String> safeRandomShuffle(List<String> tiles) {
    Random shuffler = new Random();
    Collections.shuffle(tiles, shuffler);
    return tiles;
  }

  public String safeSecureToken() {
    SecureRandom random = new SecureRandom();
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }

  public SSLContext vulnTrustAll() throws Exception {
    TrustManager[] all = {
      new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      }
    };
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, all, new SecureRandom());
    return ctx;
  }

  public void vulnAnyHost(HttpsURLConnection conn) {
    HostnameVerifier any = (host, session) -> true;
    conn.setHostnameVerifier(any);
  }

  public SSLContext safeDefaultTls() throws Exception {
    SSLContext ctx = SSLContext.getInstance("TLSv1.3");
    ctx.init(null, null, new SecureRandom());
    return ctx;
  }
}
