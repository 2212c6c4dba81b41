package dev.assay.gate.security;

import dev.assay.lang.Language;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides from a file's raw text, with plain substring searches, which rules could match, so that
 * only candidate files are parsed (a whole-tree scan of 13,000 Java files parses a few hundred).
 * A rule is a candidate when one of its words occurs and, for rules that need a source, one of its
 * source words too. False candidates cost a parse; a missed word would cost a finding, so the words
 * are the sink names themselves. Stateless and thread-safe.
 */
final class Prescreen {
  /** Words of a rule: any of {@code sinks}, and (when not empty) any of {@code sources}. */
  record Words(SecurityRule rule, List<String> sinks, List<String> sources) {}

  private static final List<String> JAVA_REQUEST =
      List.of(
          "getParameter", "RequestParam", "PathVariable", "QueryParam", "PathParam", "FormParam",
          "getOriginalFilename", "getSubmittedFileName", "RequestHeader", "getQueryString",
          "getPathInfo", "getRequestURI", "CookieValue", "HttpServletRequest");

  private static final List<Words> JAVA =
      List.of(
          new Words(SecurityRule.SQL_INJECTION,
              List.of("executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch", "prepareStatement",
                  "prepareCall", "createQuery", "createNativeQuery", "createSQLQuery", "createMutationQuery",
                  "createSelectionQuery", "queryFor", "nativeSQL", "Jdbc", "jdbc"), List.of()),
          new Words(SecurityRule.COMMAND_INJECTION, List.of("exec(", "ProcessBuilder"), List.of()),
          new Words(SecurityRule.PATH_TRAVERSAL,
              List.of("File(", "FileInputStream", "FileOutputStream", "FileReader", "FileWriter", "Paths.get",
                  "Path.of", "Files.", "RandomAccessFile", "ZipFile"), JAVA_REQUEST),
          new Words(SecurityRule.UNSAFE_DESERIALIZATION,
              List.of("ObjectInputStream", "XMLDecoder", "DefaultTyping", "snakeyaml"), List.of()),
          new Words(SecurityRule.XXE,
              List.of("DocumentBuilderFactory", "SAXParserFactory", "XMLInputFactory", "TransformerFactory",
                  "SchemaFactory", "XMLReaderFactory", "SAXReader", "SAXBuilder"), List.of()),
          new Words(SecurityRule.LDAP_INJECTION, List.of(".search("), List.of("javax.naming", "ldap", "Ldap", "DirContext")),
          new Words(SecurityRule.XPATH_INJECTION, List.of("XPath", "xpath"), List.of()),
          new Words(SecurityRule.WEAK_HASH, List.of("MessageDigest", "DigestUtils", "Hashing.md5", "Hashing.sha1"),
              List.of()),
          new Words(SecurityRule.WEAK_CIPHER, List.of("Cipher.getInstance", "KeyGenerator", "SecretKeyFactory"),
              List.of()),
          new Words(SecurityRule.WEAK_RANDOM, List.of("new Random()", "Math.random"), List.of()),
          new Words(SecurityRule.TLS_VERIFICATION_DISABLED,
              List.of("checkServerTrusted", "HostnameVerifier", "hostnameVerifier", "ALLOW_ALL_HOSTNAME",
                  "InsecureTrustManagerFactory", "TrustAllStrategy"), List.of()),
          new Words(SecurityRule.EVAL_INJECTION, List.of("ScriptEngine"), List.of()),
          new Words(SecurityRule.INSECURE_COOKIE, List.of("new Cookie(", "ResponseCookie"), List.of()));

  private static final List<String> SCRIPT_WORDS =
      List.of(
          "query", "execute", "raw", "Raw", "exec", "spawn", "child_process", "readFile", "ReadStream",
          "writeFile", "WriteStream", "sendFile", "download", "unlink", "unserialize", "eval", "Function(",
          "setTimeout", "setInterval", "vm.", "createHash", "createCipher", "createDecipher", "random",
          "rejectUnauthorized", "NODE_TLS", "strictSSL", "innerHTML", "outerHTML", "dangerouslySetInnerHTML",
          "document.write", "insertAdjacentHTML", "cookie", "parseXml", "xpath", "evaluate", "search",
          "prepare", "run(", "all(");
  private static final List<String> PYTHON_WORDS =
      List.of(
          "execute", "raw(", "text(", "read_sql", "system", "popen", "subprocess", "commands", "open(",
          "send_file", "pickle", "dill", "marshal", "yaml", "eval", "exec", "hashlib", "DES", "ARC", "AES",
          "Blowfish", "modes", "algorithms", "random", "verify", "_create_unverified_context", "CERT_NONE",
          "set_cookie", "XMLParser", "xpath", "search", "ldap");
  private static final List<String> GO_WORDS =
      List.of(
          "Query", "Exec", "Prepare", "Raw", "Where", "exec.Command", "Open", "ReadFile", "Create",
          "ServeFile", "Remove", "md5", "sha1", "des.", "rc4.", "math/rand", "InsecureSkipVerify", "Cookie{");
  private static final List<String> PHP_WORDS =
      List.of(
          "query", "execute", "prepare", "system", "exec", "passthru", "popen", "proc_open", "pcntl_exec",
          "$_", "unserialize", "eval", "assert", "create_function", "md5", "sha1", "openssl_", "rand",
          "uniqid", "lcg_value", "CURLOPT_SSL", "setcookie", "libxml", "LIBXML_NOENT", "xpath", "ldap");
  private static final List<String> KOTLIN_WORDS =
      List.of(
          "executeQuery", "executeUpdate", "createQuery", "createNativeQuery", "query", "execute", "update",
          "exec(", "ProcessBuilder", "ObjectInputStream", "MessageDigest", "Cipher", "Random", "random",
          "checkServerTrusted", "HostnameVerifier", "Cookie(", "DocumentBuilderFactory", "SAXParserFactory",
          "XMLInputFactory");
  private static final List<String> CSHARP_WORDS =
      List.of(
          "SqlCommand", "FromSqlRaw", "ExecuteSqlRaw", "ExecuteSqlCommand", "Process.Start", "BinaryFormatter",
          "CertificateValidationCallback", "Random()", "SelectNodes", "SelectSingleNode");

  private static final Map<Language, List<String>> TOKEN_WORDS =
      Map.of(
          Language.JAVASCRIPT, SCRIPT_WORDS,
          Language.TYPESCRIPT, SCRIPT_WORDS,
          Language.PYTHON, PYTHON_WORDS,
          Language.GO, GO_WORDS,
          Language.PHP, PHP_WORDS,
          Language.KOTLIN, KOTLIN_WORDS,
          Language.CSHARP, CSHARP_WORDS);

  private Prescreen() {}

  /**
   * The enabled rules that could match in a file of {@code language}; empty when nothing can (the
   * file need not be tokenized or parsed).
   */
  static Set<SecurityRule> candidates(Language language, String text, Set<SecurityRule> enabled) {
    Set<SecurityRule> out = EnumSet.noneOf(SecurityRule.class);
    if (language == Language.JAVA) {
      for (Words w : JAVA) {
        if (enabled.contains(w.rule()) && anyIn(text, w.sinks()) && (w.sources().isEmpty() || anyIn(text, w.sources()))) {
          out.add(w.rule());
        }
      }
      return out;
    }
    if (anyIn(text, TOKEN_WORDS.getOrDefault(language, List.of()))) {
      out.addAll(enabled);
    }
    return out;
  }

  private static boolean anyIn(String text, List<String> words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
