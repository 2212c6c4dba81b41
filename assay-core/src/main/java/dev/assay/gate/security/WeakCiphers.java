package dev.assay.gate.security;

import java.util.Locale;
import java.util.Optional;

/** Names of broken ciphers and of the ECB mode, as written in JCA, OpenSSL and Node names. */
final class WeakCiphers {
  private WeakCiphers() {}

  /**
   * Why {@code algorithm} is weak, or empty when it is not.
   *
   * @param algorithm a transformation or cipher name such as {@code DES/CBC/PKCS5Padding} or
   *     {@code aes-128-ecb}
   * @param jceTransformation whether a bare {@code AES} means the JCE default {@code
   *     AES/ECB/PKCS5Padding}
   */
  static Optional<String> reason(String algorithm, boolean jceTransformation) {
    String a = algorithm.toUpperCase(Locale.ROOT).strip();
    if (a.startsWith("DESEDE") || a.startsWith("TRIPLEDES") || a.startsWith("DES-EDE") || a.startsWith("3DES")) {
      return Optional.of("3DES has 64-bit blocks (Sweet32) and is deprecated");
    }
    if (a.equals("DES") || a.startsWith("DES/") || a.startsWith("DES-") || a.startsWith("DES_")) {
      return Optional.of("DES has a 56-bit key, broken by brute force");
    }
    if (a.startsWith("RC4") || a.startsWith("ARCFOUR") || a.startsWith("ARC4")) {
      return Optional.of("RC4's key stream is biased");
    }
    if (a.startsWith("RC2") || a.startsWith("BLOWFISH") || a.equals("BF") || a.startsWith("BF-")) {
      return Optional.of("a 64-bit block cipher, unsafe for any volume of data");
    }
    boolean asymmetric = a.startsWith("RSA") || a.startsWith("EC") || a.startsWith("ELGAMAL");
    if (!asymmetric && (a.contains("/ECB") || a.endsWith("-ECB") || a.contains("_ECB"))) {
      return Optional.of("ECB mode encrypts equal blocks to equal ciphertext");
    }
    if (jceTransformation && a.equals("AES")) {
      return Optional.of("a bare \"AES\" is AES/ECB/PKCS5Padding, and ECB leaks patterns");
    }
    return Optional.empty();
  }
}
