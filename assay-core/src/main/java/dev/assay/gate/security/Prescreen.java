package dev.assay.gate.security;

import dev.assay.lang.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides from a file's raw text which rules could match, so that only candidate files are parsed
 * (a whole-tree scan of the 13,000-file Java corpus parses about 400). One pass finds which sink
 * identifiers occur ({@link WordIndex}); a rule that also needs a source (a request read, a word
 * naming a security value) then checks its source words with plain substring searches, in the few
 * files left. False candidates cost a parse; a missed word would cost a finding, so the words are
 * the sink names themselves. Stateless and thread-safe.
 */
final class Prescreen {
  /** Words of a rule: any of the identifiers {@code sinks}, and any of {@code sources} if given. */
  record Words(SecurityRule rule, List<String> sinks, List<String> sources) {}

  private static final List<String> JAVA_REQUEST =
      List.of(
          "getParameter", "RequestParam", "PathVariable", "QueryParam", "PathParam", "FormParam",
          "getOriginalFilename", "getSubmittedFileName", "RequestHeader", "getQueryString",
          "getPathInfo", "getRequestURI", "CookieValue", "HttpServletRequest");
  private static final List<String> SECURITY_VALUES =
      List.of("oken", "assword", "ecret", "alt", "once", "ession", "srf", "SRF", "otp", "Otp", "OTP",
          "apiKey", "ApiKey", "captcha", "Captcha");

  private static final List<Words> JAVA =
      List.of(
          new Words(SecurityRule.SQL_INJECTION,
              List.of("executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch", "prepareStatement",
                  "prepareCall", "createQuery", "createNativeQuery", "createSQLQuery", "createMutationQuery",
                  "createSelectionQuery", "queryForObject", "queryForList", "queryForMap", "queryForRowSet",
                  "queryForStream", "queryForLong", "queryForInt", "nativeSQL", "JdbcTemplate", "jdbcTemplate",
                  "JdbcOperations", "NamedParameterJdbcTemplate", "JdbcClient", "jdbcClient"), List.of()),
          new Words(SecurityRule.COMMAND_INJECTION, List.of("ProcessBuilder", "getRuntime", "Runtime"), List.of()),
          new Words(SecurityRule.PATH_TRAVERSAL,
              List.of("File", "FileInputStream", "FileOutputStream", "FileReader", "FileWriter", "Paths",
                  "Path", "Files", "RandomAccessFile", "ZipFile"), JAVA_REQUEST),
          new Words(SecurityRule.UNSAFE_DESERIALIZATION,
              List.of("ObjectInputStream", "XMLDecoder", "enableDefaultTyping", "activateDefaultTyping", "snakeyaml"),
              List.of()),
          new Words(SecurityRule.XXE,
              List.of("DocumentBuilderFactory", "SAXParserFactory", "XMLInputFactory", "TransformerFactory",
                  "XMLReaderFactory", "SAXReader", "SAXBuilder"), List.of()),
          new Words(SecurityRule.LDAP_INJECTION, List.of("search"), List.of("javax.naming", "ldap", "Ldap", "DirContext")),
          new Words(SecurityRule.XPATH_INJECTION, List.of("XPath", "xpath", "XPathFactory", "XPathExpression"), List.of()),
          new Words(SecurityRule.WEAK_HASH, List.of("MessageDigest", "DigestUtils", "Hashing"), List.of()),
          new Words(SecurityRule.WEAK_CIPHER, List.of("Cipher", "KeyGenerator", "SecretKeyFactory"), List.of()),
          new Words(SecurityRule.WEAK_RANDOM, List.of("Random", "random"), SECURITY_VALUES),
          new Words(SecurityRule.TLS_VERIFICATION_DISABLED,
              List.of("checkServerTrusted", "HostnameVerifier", "setHostnameVerifier", "setSSLHostnameVerifier",
                  "hostnameVerifier", "setDefaultHostnameVerifier", "NoopHostnameVerifier",
                  "ALLOW_ALL_HOSTNAME_VERIFIER", "InsecureTrustManagerFactory", "TrustAllStrategy", "SSLSession"),
              List.of()),
          new Words(SecurityRule.EVAL_INJECTION, List.of("ScriptEngine", "ScriptEngineManager"), List.of()),
          new Words(SecurityRule.INSECURE_COOKIE, List.of("Cookie", "ResponseCookie"), List.of("new Cookie(", "ResponseCookie")));

  private static final List<String> SCRIPT_WORDS =
      List.of(
          "query", "execute", "raw", "whereRaw", "orderByRaw", "havingRaw", "joinRaw", "$queryRawUnsafe",
          "$executeRawUnsafe", "exec", "execSync", "spawn", "spawnSync", "execFile", "child_process",
          "readFile", "readFileSync", "createReadStream", "writeFile", "writeFileSync", "createWriteStream",
          "sendFile", "download", "unlink", "unlinkSync", "appendFile", "appendFileSync", "unserialize", "eval",
          "Function", "setTimeout", "setInterval", "runInNewContext", "runInThisContext", "runInContext",
          "createHash", "createCipheriv", "createCipher", "createDecipheriv", "random", "rejectUnauthorized",
          "NODE_TLS_REJECT_UNAUTHORIZED", "strictSSL", "innerHTML", "outerHTML", "dangerouslySetInnerHTML",
          "write", "writeln", "insertAdjacentHTML", "cookie", "parseXml", "parseXmlString", "xpath",
          "evaluate", "search", "prepare", "run", "all");
  private static final List<String> PYTHON_WORDS =
      List.of(
          "execute", "executemany", "executescript", "raw", "text", "read_sql", "read_sql_query", "system",
          "popen", "subprocess", "commands", "open", "send_file", "pickle", "cPickle", "dill", "marshal",
          "jsonpickle", "yaml", "eval", "exec", "hashlib", "DES", "DES3", "ARC4", "ARC2", "AES", "Blowfish",
          "modes", "algorithms", "random", "verify", "_create_unverified_context", "CERT_NONE", "set_cookie",
          "XMLParser", "xpath", "search", "search_s", "search_st", "search_ext_s", "sql");
  private static final List<String> GO_WORDS =
      List.of(
          "Query", "QueryRow", "QueryContext", "QueryRowContext", "Exec", "ExecContext", "Prepare", "Raw",
          "Where", "Command", "CommandContext", "Open", "ReadFile", "Create", "OpenFile", "ServeFile", "Remove",
          "md5", "sha1", "des", "rc4", "rand", "InsecureSkipVerify", "Cookie");
  private static final List<String> PHP_WORDS =
      List.of(
          "query", "execute", "prepare", "mysqli_query", "mysql_query", "pg_query", "sqlsrv_query", "system",
          "exec", "shell_exec", "passthru", "popen", "proc_open", "pcntl_exec", "$_GET", "$_POST", "$_REQUEST",
          "$_COOKIE", "$_FILES", "file_get_contents", "fopen", "readfile", "file_put_contents", "include",
          "require", "include_once", "require_once", "unserialize", "eval", "assert", "create_function", "md5",
          "sha1", "openssl_encrypt", "openssl_decrypt", "rand", "mt_rand", "uniqid", "lcg_value",
          "CURLOPT_SSL_VERIFYPEER", "CURLOPT_SSL_VERIFYHOST", "setcookie", "libxml_disable_entity_loader",
          "LIBXML_NOENT", "xpath", "ldap_search", "search");
  private static final List<String> KOTLIN_WORDS =
      List.of(
          "executeQuery", "executeUpdate", "createQuery", "createNativeQuery", "query", "queryForList",
          "queryForObject", "queryForMap", "execute", "update", "exec", "ProcessBuilder", "ObjectInputStream",
          "MessageDigest", "Cipher", "Random", "random", "checkServerTrusted", "HostnameVerifier", "Cookie",
          "DocumentBuilderFactory", "SAXParserFactory", "XMLInputFactory", "search");
  private static final List<String> CSHARP_WORDS =
      List.of(
          "SqlCommand", "FromSqlRaw", "ExecuteSqlRaw", "ExecuteSqlCommand", "Start", "BinaryFormatter",
          "ServerCertificateValidationCallback", "ServerCertificateCustomValidationCallback", "Random",
          "SelectNodes", "SelectSingleNode");

  private static final Map<Language, List<String>> TOKEN_WORDS =
      Map.of(
          Language.JAVASCRIPT, SCRIPT_WORDS,
          Language.TYPESCRIPT, SCRIPT_WORDS,
          Language.PYTHON, PYTHON_WORDS,
          Language.GO, GO_WORDS,
          Language.PHP, PHP_WORDS,
          Language.KOTLIN, KOTLIN_WORDS,
          Language.CSHARP, CSHARP_WORDS);
  private static final Map<Language, WordIndex> INDEXES = indexes();

  private Prescreen() {}

  /**
   * Whether a Java method (its header and body text) may hold a finding of {@code rules}: it names
   * one of their sinks, or (for XXE) hardens a parser, which the rule reads across the class.
   */
  static Predicate<String> javaKeeper(Set<SecurityRule> rules) {
    Set<String> sinks = new HashSet<>();
    for (Words w : JAVA) {
      if (rules.contains(w.rule())) {
        sinks.addAll(w.sinks());
      }
    }
    WordIndex index = INDEXES.get(Language.JAVA);
    boolean xxe = rules.contains(SecurityRule.XXE);
    return method -> {
      for (String w : index.find(method)) {
        if (sinks.contains(w)) {
          return true;
        }
      }
      return xxe && JavaDeclarations.XXE_SAFE_MARKERS.stream().anyMatch(method::contains);
    };
  }

  private static Map<Language, WordIndex> indexes() {
    Map<Language, WordIndex> m = new EnumMap<>(Language.class);
    List<String> java = new ArrayList<>();
    JAVA.forEach(w -> java.addAll(w.sinks()));
    m.put(Language.JAVA, new WordIndex(java));
    TOKEN_WORDS.forEach((l, words) -> m.put(l, new WordIndex(words)));
    return m;
  }

  /**
   * The enabled Java rules whose sink words the text names, whether or not it names a source: the
   * rules whose sinks the built-in flow can judge for another analyzer's findings.
   */
  static Set<SecurityRule> javaSinkRules(String text, Set<SecurityRule> enabled) {
    Set<SecurityRule> out = EnumSet.noneOf(SecurityRule.class);
    Set<String> found = INDEXES.get(Language.JAVA).find(text);
    for (Words w : JAVA) {
      if (enabled.contains(w.rule()) && w.sinks().stream().anyMatch(found::contains)) {
        out.add(w.rule());
      }
    }
    return out;
  }

  /**
   * The enabled rules that could match in a file of {@code language}; empty when nothing can (the
   * file need not be tokenized or parsed).
   */
  static Set<SecurityRule> candidates(Language language, String text, Set<SecurityRule> enabled) {
    Set<SecurityRule> out = EnumSet.noneOf(SecurityRule.class);
    WordIndex index = INDEXES.get(language);
    if (index == null) {
      return out;
    }
    Set<String> found = index.find(text);
    if (found.isEmpty()) {
      return out;
    }
    if (language != Language.JAVA) {
      out.addAll(enabled);
      return out;
    }
    for (Words w : JAVA) {
      if (enabled.contains(w.rule()) && w.sinks().stream().anyMatch(found::contains)
          && (w.sources().isEmpty() || w.sources().stream().anyMatch(text::contains))) {
        out.add(w.rule());
      }
    }
    return out;
  }
}
