package dev.assay.gate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Positive and negative examples in Python, Go, Kotlin and PHP. */
class PythonGoRulesTest {
  private static List<String> py(String code) {
    return Scan.rules("app/views.py", code);
  }

  @Test
  void pythonSqlFormattedIntoExecuteButNotParameterised() {
    assertThat(py("""
        def find(cur, name):
            cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
            cur.execute("SELECT * FROM users WHERE name = '%s'" % name)
            sql = "DELETE FROM t WHERE id = {}".format(name)
            cur.execute(sql)
            cur.execute("SELECT * FROM users WHERE name = %s", (name,))
            cur.execute("SELECT 1")
        """)).containsExactly("sql-injection@2", "sql-injection@3", "sql-injection@5");
  }

  @Test
  void pythonShellCommands() {
    assertThat(py("""
        import os, subprocess
        def backup(path):
            os.system("tar czf backup.tgz " + path)
            subprocess.run(f"ls {path}", shell=True)
            subprocess.run(["ls", path])
            subprocess.run("ls -la", shell=True)
            os.system("uptime")
        """)).containsExactly("command-injection@3", "command-injection@4");
  }

  @Test
  void pythonDeserializationEvalTlsAndRandom() {
    assertThat(py("""
        import pickle, yaml, random, requests, secrets
        def load(data, expr):
            obj = pickle.loads(data)
            cfg = yaml.load(data)
            ok = yaml.load(data, Loader=yaml.SafeLoader)
            safe = yaml.safe_load(data)
            value = eval(expr)
            const = eval("1 + 2")
            r = requests.get(url, verify=False)
            r2 = requests.get(url, verify=True)
            token = ''.join(random.choice(ALPHABET) for _ in range(32))
            delay = random.random()
            good = secrets.token_hex(16)
        """)).containsExactly(
            "unsafe-deserialization@3",
            "unsafe-deserialization@4",
            "eval-injection@7",
            "tls-verification-disabled@9",
            "weak-random@11");
  }

  @Test
  void pythonWeakHashCipherTraversalAndCookies() {
    assertThat(py("""
        from flask import request, send_file
        def set_password(user, password):
            user.pw = hashlib.md5(password.encode()).hexdigest()
        def checksum(blob):
            return hashlib.md5(blob).hexdigest()
        def encrypt(key, data):
            return DES.new(key, DES.MODE_CBC).encrypt(data)
        def download():
            return send_file("/srv/" + request.args["name"])
        def login(resp, sid):
            resp.set_cookie("sid", sid)
            resp.set_cookie("sid", sid, secure=True, httponly=True)
        """)).containsExactly(
            "weak-hash@3", "weak-cipher@7", "path-traversal@9", "insecure-cookie@11");
  }

  @Test
  void goRules() {
    assertThat(Scan.rules("internal/store.go", """
        package store

        import (
        	"crypto/md5"
        	"crypto/tls"
        	"fmt"
        	"math/rand"
        	"net/http"
        	"os/exec"
        )

        func Find(db *sql.DB, name string) {
        	db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", name))
        	db.Query("SELECT * FROM users WHERE name = $1", name)
        	exec.Command("sh", "-c", "echo "+name).Run()
        	exec.Command("git", "log", name).Run()
        	_ = &tls.Config{InsecureSkipVerify: true}
        	token := rand.Intn(1000000)
        	http.SetCookie(w, &http.Cookie{Name: "sid", Value: v})
        	http.SetCookie(w, &http.Cookie{Name: "sid", Value: v, Secure: true, HttpOnly: true})
        }
        """)).containsExactly(
            "sql-injection@13",
            "command-injection@15",
            "tls-verification-disabled@17",
            "weak-random@18",
            "insecure-cookie@19");
  }

  @Test
  void kotlinRules() {
    assertThat(Scan.rules("src/main/kotlin/Repo.kt", """
        class Repo(private val jdbc: JdbcTemplate) {
            fun find(name: String) = jdbc.queryForList("SELECT * FROM users WHERE name = '$name'")
            fun safe(name: String) = jdbc.queryForList("SELECT * FROM users WHERE name = ?", name)
            val trustAll = object : X509TrustManager {
                override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
            }
            fun cipher() = Cipher.getInstance("DES/ECB/PKCS5Padding")
        }
        """)).containsExactly(
            "sql-injection@2", "tls-verification-disabled@5", "weak-cipher@7");
  }

  @Test
  void phpRules() {
    assertThat(Scan.rules("public/index.php", """
        <?php
        $r = mysqli_query($conn, "SELECT * FROM users WHERE id = " . $_GET['id']);
        $s = $pdo->prepare("SELECT * FROM users WHERE id = ?");
        system("convert " . $_GET['file']);
        $o = unserialize($_COOKIE['prefs']);
        $p = unserialize($data, ['allowed_classes' => false]);
        eval($code);
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
        """)).containsExactly(
            "sql-injection@2",
            "command-injection@4",
            "unsafe-deserialization@5",
            "eval-injection@7",
            "tls-verification-disabled@8");
  }

  @Test
  void csharpRules() {
    assertThat(Scan.rules("src/Repo.cs", """
        class Repo {
          void Find(SqlConnection c, string name) {
            var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'", c);
            var ok = new SqlCommand("SELECT * FROM Users WHERE Name = @name", c);
            var f = new BinaryFormatter();
            handler.ServerCertificateCustomValidationCallback = (m, cert, chain, errors) => true;
            var cipher = new Random();
          }
        }
        """)).containsExactly(
            "sql-injection@3", "unsafe-deserialization@5", "tls-verification-disabled@6");
  }
}
