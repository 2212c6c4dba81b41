package dev.assay.gate.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Positive and negative examples of every rule in Java, in the idioms real code uses. */
class JavaRulesTest {
  private static List<String> java(String code) {
    return Scan.rules("src/main/java/demo/A.java", code);
  }

  @Test
  void sqlConcatenatedFromAParameterIsAnInjection() {
    assertThat(java("""
        class A {
          ResultSet find(Connection c, String name) throws Exception {
            Statement st = c.createStatement();
            return st.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
          }
        }
        """)).containsExactly("sql-injection@4");
  }

  @Test
  void sqlBuiltInAVariableAndAStringBuilderIsTracked() {
    assertThat(java("""
        class A {
          List<User> byRole(String role, String order) {
            String sql = "select id, name from users where role = '" + role + "'";
            List<User> a = jdbcTemplate.query(sql, mapper);
            StringBuilder q = new StringBuilder("select * from users order by ");
            q.append(order);
            return jdbcTemplate.query(q.toString(), mapper);
          }
        }
        """)).containsExactly("sql-injection@4", "sql-injection@7");
  }

  @Test
  void jpaQueriesFromRequestParametersAreInjections() {
    assertThat(java("""
        @RestController
        class UserController {
          @GetMapping("/users")
          List<User> find(@RequestParam String name) {
            return em.createQuery("from User u where u.name = '" + name + "'", User.class).getResultList();
          }
          List<User> sorted(HttpServletRequest request) {
            String sort = request.getParameter("sort");
            return em.createNativeQuery(String.format("select * from users order by %s", sort)).getResultList();
          }
        }
        """)).containsExactly("sql-injection@5", "sql-injection@9");
  }

  @Test
  void constantsPlaceholdersAndSanitisedNumbersAreNotInjections() {
    assertThat(java("""
        class A {
          private static final String TABLE = "users";
          private final String columns = "id, name";
          ResultSet a(Connection c, String name, int limit, String id) throws Exception {
            PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TABLE + " WHERE name = ?");
            ps.setString(1, name);
            c.createStatement().executeQuery("SELECT " + columns + " FROM users LIMIT " + limit);
            int n = Integer.parseInt(id);
            c.createStatement().executeQuery("SELECT * FROM users WHERE id = " + n);
            String sql = "select * from t where a = " + name;
            sql = "select * from t";
            c.createStatement().executeQuery(sql);
            jdbcTemplate.query("select * from users where name = ?", mapper, name);
            return c.createStatement().executeQuery("SELECT * FROM users WHERE id = " + Long.parseLong(id));
          }
        }
        """)).isEmpty();
  }

  @Test
  void aQueryStringPassedThroughUnchangedIsAWrapperNotAnInjection() {
    assertThat(java("""
        class Db {
          ResultSet run(String sql) throws Exception {
            return connection.createStatement().executeQuery(sql);
          }
        }
        """)).isEmpty();
  }

  @Test
  void commandsBuiltFromVariablesAreInjections() {
    assertThat(java("""
        class A {
          void ping(String host, HttpServletRequest req) throws Exception {
            Runtime.getRuntime().exec("ping -c 1 " + host);
            new ProcessBuilder("sh", "-c", "tar xf " + host).start();
            new ProcessBuilder(req.getParameter("tool"), "--version").start();
            Runtime.getRuntime().exec(new String[] {"/bin/bash", "-c", host});
          }
        }
        """)).containsExactly(
            "command-injection@3", "command-injection@4", "command-injection@5", "command-injection@6");
  }

  @Test
  void commandsWithSeparateArgumentsOrConstantsAreNot() {
    assertThat(java("""
        class A {
          void run(String branch, String[] cmd) throws Exception {
            new ProcessBuilder("git", "log", branch).start();
            Runtime.getRuntime().exec("ls -la");
            Runtime.getRuntime().exec(cmd);
            ProcessBuilder pb = new ProcessBuilder();
            pb.command("git", "fetch", branch);
          }
        }
        """)).isEmpty();
  }

  @Test
  void pathsFromRequestsReachingFileApisAreTraversals() {
    assertThat(java("""
        @RestController
        class Files2 {
          @GetMapping("/download")
          byte[] get(@RequestParam String file) throws Exception {
            return Files.readAllBytes(Paths.get("/srv/files", file));
          }
          void upload(MultipartFile part) throws Exception {
            part.transferTo(new File("/uploads/" + part.getOriginalFilename()));
          }
          void show(HttpServletRequest request) throws Exception {
            new FileInputStream(request.getParameter("path")).close();
          }
        }
        """)).containsExactly("path-traversal@5", "path-traversal@8", "path-traversal@11");
  }

  @Test
  void pathsFromParametersOrReducedToAFileNameAreNotTraversals() {
    assertThat(java("""
        class Store {
          byte[] read(String name, HttpServletRequest request) throws Exception {
            String safe = FilenameUtils.getName(request.getParameter("f"));
            new File("/uploads", safe);
            return Files.readAllBytes(Paths.get(name));
          }
        }
        """)).isEmpty();
  }

  @Test
  void objectInputStreamWithoutFilterIsUnsafeDeserialization() {
    assertThat(java("""
        class A {
          Object read(InputStream in) throws Exception {
            return new ObjectInputStream(in).readObject();
          }
          Object filtered(InputStream in) throws Exception {
            ObjectInputStream ois = new ObjectInputStream(in);
            ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.acme.*;!*"));
            return ois.readObject();
          }
          Object guarded(InputStream in) throws Exception {
            return new ObjectInputStream(in) {
              protected Class<?> resolveClass(ObjectStreamClass d) { return null; }
            }.readObject();
          }
          void jackson(ObjectMapper m) { m.activateDefaultTyping(m.getPolymorphicTypeValidator()); }
        }
        """)).containsExactly("unsafe-deserialization@3", "unsafe-deserialization@15");
  }

  @Test
  void librariesOwnPlumbingIsNotReported() {
    assertThat(java("""
        class ObjectMapper {
          public ObjectMapper activateDefaultTyping(PolymorphicTypeValidator ptv) {
            return activateDefaultTyping(ptv, DefaultTyping.OBJECT_AND_NON_CONCRETE);
          }
        }
        """)).isEmpty();
    assertThat(java("""
        class Instantiator {
          static class MockStream extends InputStream { public int read() { return -1; } }
          final ObjectInputStream in;
          Instantiator(Class<?> c) throws IOException { in = new ObjectInputStream(new MockStream()); }
        }
        """)).isEmpty();
    assertThat(java("""
        class CookieGenerator {
          protected Cookie createCookie(String value) {
            Cookie cookie = new Cookie(getCookieName(), value);
            cookie.setPath("/");
            return cookie;
          }
        }
        """)).isEmpty();
  }

  @Test
  void methodsWithoutSinksAreSkippedButLinesStayExact() {
    String filler = "  int pad%d() { String s = \"x\"; return s.length(); }\n";
    StringBuilder b = new StringBuilder("class Big {\n");
    for (int i = 0; i < 50; i++) {
      b.append(String.format(filler, i));
    }
    b.append("  ResultSet q(Statement st, String n) throws Exception {\n");
    b.append("    return st.executeQuery(\"select * from t where n = '\" + n + \"'\");\n  }\n}\n");
    assertThat(java(b.toString())).containsExactly("sql-injection@53");
    String reduced = MethodElider.elide(b.toString(), Prescreen.javaKeeper(java.util.Set.of(SecurityRule.SQL_INJECTION)));
    assertThat(reduced.lines().count()).isEqualTo(b.toString().lines().count());
    assertThat(reduced).doesNotContain("pad0() { String").contains("executeQuery");
  }

  @Test
  void xmlFactoriesWithoutSecureFeaturesAreXxe() {
    assertThat(java("""
        class Parser {
          Document parse(InputStream in) throws Exception {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            return f.newDocumentBuilder().parse(in);
          }
        }
        """)).containsExactly("xxe@3");
    assertThat(java("""
        class SafeParser {
          Document parse(InputStream in) throws Exception {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
          }
          XMLStreamReader stax(InputStream in) throws Exception {
            XMLInputFactory x = XMLInputFactory.newInstance();
            x.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            return x.createXMLStreamReader(in);
          }
        }
        """)).isEmpty();
  }

  @Test
  void ldapAndXpathBuiltFromInputAreInjections() {
    assertThat(java("""
        class Dir {
          NamingEnumeration<?> find(DirContext ctx, String user) throws Exception {
            return ctx.search("ou=people", "(uid=" + user + ")", new SearchControls());
          }
          NamingEnumeration<?> safe(DirContext ctx, String user) throws Exception {
            return ctx.search("ou=people", "(uid={0})", new Object[] {user}, new SearchControls());
          }
          String price(XPath xpath, Document doc, String item) throws Exception {
            return xpath.evaluate("/items/item[@name='" + item + "']/price", doc);
          }
          String total(XPath xpath, Document doc) throws Exception {
            return xpath.evaluate("sum(/items/item/price)", doc);
          }
        }
        """)).containsExactly("ldap-injection@3", "xpath-injection@9");
  }

  @Test
  void weakHashesAreReportedWhenTheyProtectPasswords() {
    assertThat(java("""
        class Users {
          String hashPassword(String password) throws Exception {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return hex(md.digest(password.getBytes()));
          }
          String etag(byte[] body) throws Exception {
            return hex(MessageDigest.getInstance("MD5").digest(body));
          }
          String store(String rawPassword) { return DigestUtils.sha1Hex(rawPassword); }
          String strong(String password) throws Exception {
            return hex(MessageDigest.getInstance("SHA-256").digest(password.getBytes()));
          }
        }
        """)).containsExactly("weak-hash@3", "weak-hash@9");
  }

  @Test
  void weakCiphersAndEcbAreReported() {
    assertThat(java("""
        class Crypto {
          private static final String ALGO = "DES/CBC/PKCS5Padding";
          void a() throws Exception {
            Cipher.getInstance(ALGO);
            Cipher.getInstance("AES/ECB/PKCS5Padding");
            Cipher.getInstance("AES");
            Cipher.getInstance("RC4");
            Cipher.getInstance("AES/GCM/NoPadding");
            Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
            KeyGenerator.getInstance("AES");
          }
        }
        """)).containsExactly("weak-cipher@4", "weak-cipher@5", "weak-cipher@6", "weak-cipher@7");
  }

  @Test
  void predictableRandomForSecurityValuesIsReported() {
    assertThat(java("""
        class Tokens {
          String resetToken() {
            return Long.toHexString(new Random().nextLong());
          }
          void a() {
            String sessionId = String.valueOf(Math.random());
            int jitter = new Random().nextInt(100);
            double sample = Math.random();
          }
          String secure() { return Long.toHexString(new SecureRandom().nextLong()); }
        }
        """)).containsExactly("weak-random@3", "weak-random@6");
  }

  @Test
  void trustAllManagersAndHostnameVerifiersAreReported() {
    assertThat(java("""
        class Insecure {
          TrustManager[] all = new TrustManager[] {
            new X509TrustManager() {
              public void checkClientTrusted(X509Certificate[] c, String a) {}
              public void checkServerTrusted(X509Certificate[] c, String a) {}
              public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
          };
          void a(HttpsURLConnection conn) {
            conn.setHostnameVerifier((host, session) -> true);
            HttpClients.custom().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();
          }
        }
        """)).containsExactly(
            "tls-verification-disabled@5",
            "tls-verification-disabled@10",
            "tls-verification-disabled@11");
    assertThat(java("""
        class Checked {
          X509TrustManager delegate;
          public void checkServerTrusted(X509Certificate[] c, String a) throws CertificateException {
            delegate.checkServerTrusted(c, a);
          }
          public boolean verify(String host, SSLSession s) { return host.equals("api.example.com"); }
        }
        """)).isEmpty();
  }

  @Test
  void scriptEvalOfBuiltStringsAndInsecureCookies() {
    assertThat(java("""
        class Web {
          Object calc(ScriptEngine engine, String expr) throws Exception {
            return engine.eval("var x = " + expr + ";");
          }
          void login(HttpServletResponse response, String sid) {
            Cookie c = new Cookie("SESSION", sid);
            response.addCookie(c);
            Cookie ok = new Cookie("SESSION", sid);
            ok.setSecure(true);
            ok.setHttpOnly(true);
            response.addCookie(ok);
            ResponseCookie rc = ResponseCookie.from("SESSION", sid).path("/").build();
            ResponseCookie good = ResponseCookie.from("SESSION", sid).secure(true).httpOnly(true).build();
          }
        }
        """)).containsExactly("eval-injection@3", "insecure-cookie@6", "insecure-cookie@12");
  }

  @Test
  void wordsInStringsAndCommentsNeverMatch() {
    assertThat(java("""
        class Doc {
          // Runtime.getRuntime().exec("rm -rf " + dir);
          String help = "call executeQuery(\\"select * from t where a = '\\" + name + \\"'\\")";
          /* Cipher.getInstance("DES") */
        }
        """)).isEmpty();
  }

  @Test
  void findingsCarryCweConfidenceAndAFix() {
    Finding f =
        Scan.findings(
                "src/main/java/A.java",
                "class A { void a(Statement s, String n) throws Exception {"
                    + " s.executeQuery(\"select * from t where n='\" + n + \"'\"); } }")
            .get(0);
    assertThat(f.properties()).containsEntry("cwe", "CWE-89").containsEntry("confidence", "high");
    assertThat(f.message()).contains("parameter `n`").contains("bind parameters");
  }

  @Test
  void invalidJavaIsReportedAsNotParsedAndDeepNestingDoesNotCrash() {
    SecurityScanner scanner = new SecurityScanner(SecurityConfig.defaults());
    SecurityScanner.FileScan bad =
        scanner.scan("A.java", "class A { void a( { executeQuery(", l -> true);
    assertThat(bad.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("not parsed as Java"));
    String deep = "class A { String a(String x) { return executeQuery(" + "(".repeat(20_000) + "x"
        + ")".repeat(20_000) + "); } }";
    SecurityScanner.FileScan nested = scanner.scan("A.java", deep, l -> true);
    assertThat(nested.findings()).isEmpty();
    assertThat(nested.problem()).isPresent();
  }
}
