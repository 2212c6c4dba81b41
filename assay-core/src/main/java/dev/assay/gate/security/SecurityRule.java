package dev.assay.gate.security;

import dev.assay.api.RuleDescriptor;
import dev.assay.api.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * Every rule of the security gate, with its CWE, default severity and confidence, and the advice
 * its findings carry. The order is the report order of the gate's criteria.
 */
public enum SecurityRule {
  SQL_INJECTION(
      "sql-injection",
      "SqlInjection",
      "CWE-89",
      Severity.ERROR,
      "high",
      "SQL built by concatenation or interpolation from a value of outside origin reaches a query API",
      "an attacker who controls that value can change the query; pass values as bind parameters"
          + " (PreparedStatement `?`, JdbcTemplate/JPA parameters, `%s` placeholders with a"
          + " parameter tuple, `$1`) and whitelist identifiers such as column names"),
  COMMAND_INJECTION(
      "command-injection",
      "CommandInjection",
      "CWE-78",
      Severity.ERROR,
      "high",
      "an OS command built from variables reaches an exec API or a shell",
      "a value with spaces, `;` or `$(...)` runs other commands; pass the program and each"
          + " argument separately (ProcessBuilder list, subprocess list without shell=True,"
          + " execFile/spawn without shell) and validate arguments against a whitelist"),
  PATH_TRAVERSAL(
      "path-traversal",
      "PathTraversal",
      "CWE-22",
      Severity.ERROR,
      "medium",
      "a path taken from a request reaches a file API",
      "`../` in that value reads or writes any file the process can; keep only the file name"
          + " (FilenameUtils.getName, Path.getFileName, path.basename), resolve it against a fixed"
          + " base directory and check the normalised result still starts with that base"),
  UNSAFE_DESERIALIZATION(
      "unsafe-deserialization",
      "UnsafeDeserialization",
      "CWE-502",
      Severity.ERROR,
      "medium",
      "data is deserialized with a mechanism that can instantiate arbitrary types",
      "deserializing untrusted bytes runs gadget chains (remote code execution); use a data"
          + " format (JSON into fixed types), or an ObjectInputFilter / class whitelist,"
          + " yaml.safe_load / SafeLoader, json instead of pickle, json_decode instead of"
          + " unserialize"),
  XXE(
      "xxe",
      "XmlExternalEntities",
      "CWE-611",
      Severity.ERROR,
      "medium",
      "an XML parser factory is created without disabling DTDs and external entities",
      "a document with a DOCTYPE can read local files or reach internal hosts (XXE, SSRF);"
          + " set feature `http://apache.org/xml/features/disallow-doctype-decl` to true, or"
          + " XMLInputFactory.SUPPORT_DTD to false, or ACCESS_EXTERNAL_DTD/SCHEMA to \"\""),
  LDAP_INJECTION(
      "ldap-injection",
      "LdapInjection",
      "CWE-90",
      Severity.ERROR,
      "medium",
      "an LDAP filter built from a value of outside origin reaches a directory search",
      "`*`, `(` and `)` in that value change the filter; escape it (RFC 4515, Spring"
          + " LdapEncoder.filterEncode) or use filter arguments such as search(base, \"(uid={0})\","
          + " new Object[] {uid}, ...)"),
  XPATH_INJECTION(
      "xpath-injection",
      "XPathInjection",
      "CWE-643",
      Severity.ERROR,
      "medium",
      "an XPath expression built from a value of outside origin is compiled or evaluated",
      "quotes in that value change the expression; use XPath variables"
          + " (XPathVariableResolver, `$name`) instead of concatenation"),
  WEAK_HASH(
      "weak-hash",
      "WeakPasswordHash",
      "CWE-916",
      Severity.ERROR,
      "medium",
      "MD5 or SHA-1 is used where passwords or secrets are handled",
      "MD5 and SHA-1 are fast and broken, so hashed passwords are cracked offline; use a password"
          + " hash with a work factor (bcrypt, scrypt, Argon2, PBKDF2 with a high iteration"
          + " count)"),
  WEAK_CIPHER(
      "weak-cipher",
      "WeakCipher",
      "CWE-327",
      Severity.ERROR,
      "high",
      "a broken cipher (DES, 3DES, RC4, RC2, Blowfish) or the ECB mode is used",
      "these ciphers are broken or have tiny blocks, and ECB leaks patterns of the plaintext;"
          + " use AES-GCM (\"AES/GCM/NoPadding\", aes-256-gcm) or ChaCha20-Poly1305 with a random"
          + " nonce"),
  WEAK_RANDOM(
      "weak-random",
      "PredictableRandom",
      "CWE-330",
      Severity.WARNING,
      "medium",
      "a predictable random generator produces a security value (token, password, salt, nonce)",
      "java.util.Random, Math.random and Python's random are predictable from a few outputs;"
          + " use SecureRandom, crypto.randomBytes / crypto.getRandomValues, or Python's secrets"
          + " module"),
  TLS_VERIFICATION_DISABLED(
      "tls-verification-disabled",
      "TlsVerificationDisabled",
      "CWE-295",
      Severity.ERROR,
      "high",
      "TLS certificate or host name verification is turned off",
      "anyone on the network path can then impersonate the server (man in the middle); keep"
          + " verification on and add the server's CA to a trust store instead"),
  EVAL_INJECTION(
      "eval-injection",
      "DynamicCodeEvaluation",
      "CWE-95",
      Severity.ERROR,
      "medium",
      "a string that is not a constant is evaluated as code",
      "whoever controls part of that string runs code in the process; parse data with a parser"
          + " (JSON.parse, ast.literal_eval) or dispatch through a fixed table of functions"),
  DOM_XSS(
      "dom-xss",
      "DomXss",
      "CWE-79",
      Severity.ERROR,
      "medium",
      "HTML that is not a constant is written into the page (innerHTML, dangerouslySetInnerHTML,"
          + " document.write)",
      "markup in that value runs script in the user's session; assign textContent, render it as"
          + " text, or sanitise it with a maintained sanitiser (DOMPurify) first"),
  INSECURE_COOKIE(
      "insecure-cookie",
      "InsecureCookie",
      "CWE-614",
      Severity.WARNING,
      "medium",
      "a cookie is set without the Secure or the HttpOnly flag",
      "without Secure the cookie travels over plain HTTP, and without HttpOnly any injected script"
          + " can read it; set both (and SameSite) unless the cookie must be read by script"),
  FINDSECBUGS_INJECTION(
      "findsecbugs-injection",
      "FindSecBugsInjection",
      "CWE-74",
      Severity.ERROR,
      "medium",
      "FindSecBugs traced a value of outside origin into an interpreter the built-in rules do not"
          + " cover (expression languages, templates, SMTP or HTTP headers, logs, format strings,"
          + " server-side requests)",
      "whoever controls that value changes what the interpreter does; pass it as data (a"
          + " parameter, a variable of the template or expression), or validate it against a"
          + " whitelist; FindSecBugs's page for the bug type has the idiom for each API"),
  FINDSECBUGS_CRYPTO(
      "findsecbugs-crypto",
      "FindSecBugsCrypto",
      "CWE-310",
      Severity.ERROR,
      "medium",
      "FindSecBugs found a cryptographic weakness the built-in rules do not cover (hard-coded"
          + " keys or passwords, static IVs, small keys, missing integrity, unencrypted sockets)",
      "keys and passwords come from a secret store, IVs are random per message, RSA keys are"
          + " 2048 bits or more with OAEP padding, ciphers are authenticated (AES-GCM), sockets use"
          + " TLS"),
  FINDSECBUGS_WEB(
      "findsecbugs-web",
      "FindSecBugsWeb",
      "CWE-20",
      Severity.WARNING,
      "medium",
      "FindSecBugs found a web weakness (cross-site scripting in a servlet or JSP, open redirect,"
          + " CSRF protection off, permissive CORS, file disclosure, trust in client headers)",
      "encode output for its context, redirect only to known targets, keep CSRF protection on,"
          + " list allowed origins, never pick a view or file from a request value"),
  FINDSECBUGS_OTHER(
      "findsecbugs-other",
      "FindSecBugsOther",
      "CWE-693",
      Severity.WARNING,
      "low",
      "FindSecBugs found another security weakness (permissions, regular expressions open to"
          + " ReDoS, validation order, Android components, information exposure)",
      "see FindSecBugs's page for the bug type named in the finding");

  /** The rules only the bytecode analyzer reports (FindSecBugs bug types with no built-in rule). */
  static final java.util.Set<SecurityRule> COMPILED_ONLY =
      java.util.EnumSet.of(FINDSECBUGS_INJECTION, FINDSECBUGS_CRYPTO, FINDSECBUGS_WEB, FINDSECBUGS_OTHER);

  private final String name;
  private final String pascal;
  private final String cwe;
  private final Severity severity;
  private final String confidence;
  private final String what;
  private final String fix;

  SecurityRule(
      String name,
      String pascal,
      String cwe,
      Severity severity,
      String confidence,
      String what,
      String fix) {
    this.name = name;
    this.pascal = pascal;
    this.cwe = cwe;
    this.severity = severity;
    this.confidence = confidence;
    this.what = what;
    this.fix = fix;
  }

  /** The rule id, {@code security/<name>}. */
  public String id() {
    return SecurityGate.ID + "/" + name;
  }

  /** The name without the gate prefix, as written in the criteria file. */
  public String shortName() {
    return name;
  }

  /** The CWE, e.g. {@code CWE-89}. */
  public String cwe() {
    return cwe;
  }

  /** The severity of its findings unless the criteria file overrides it. */
  public Severity defaultSeverity() {
    return severity;
  }

  /** How often a finding of this rule is a real problem: {@code high} or {@code medium}. */
  public String confidence() {
    return confidence;
  }

  /** What the rule flags, as a clause. */
  String what() {
    return what;
  }

  /** Why it matters and how to fix it. */
  String fix() {
    return fix;
  }

  /** The rule named {@code name} with or without the {@code security/} prefix. */
  public static Optional<SecurityRule> byName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    String bare = n.startsWith(SecurityGate.ID + "/") ? n.substring(SecurityGate.ID.length() + 1) : n;
    for (SecurityRule r : values()) {
      if (r.name.equals(bare)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  RuleDescriptor descriptor() {
    String summary = Character.toUpperCase(what.charAt(0)) + what.substring(1) + " (" + cwe + ").";
    return new RuleDescriptor(id(), pascal, summary, severity);
  }
}
