package dev.assay.gate.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.CriterionResult;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.Severity;
import dev.assay.api.Status;
import org.junit.jupiter.api.Test;

/** The handler-without-logging rule (advisory by default). */
class HandlerRuleTest {

  @Test
  void springHandlers() throws Exception {
    String src = """
        @RestController
        @RequestMapping("/users")
        class UserController {
          private static final Logger log = LoggerFactory.getLogger(UserController.class);

          @GetMapping("/{id}")
          public User get(@PathVariable long id) {
            return users.find(id);
          }

          @PostMapping
          public User create(@RequestBody User u) {
            log.info("creating user {}", u.name());
            return users.save(u);
          }

          @Timed("users.delete")
          @DeleteMapping("/{id}")
          public void delete(@PathVariable long id) {
            users.delete(id);
          }

          @PutMapping(path = "/{id}", consumes = "application/json")
          ResponseEntity<User> update(@PathVariable("id") long id, @RequestBody User u) {
            meterRegistry.counter("users.update").increment();
            return ResponseEntity.ok(users.save(u));
          }
        }
        """;
    assertThat(Scan.of("src/main/java/UserController.java", src))
        .containsExactly("handler-without-logging@7");
  }

  @Test
  void aHandlerFindingIsAdvisoryAndNamesTheRoute() throws Exception {
    GateResult r = Scan.defaults().file("src/main/java/C.java",
        "class C {\n  @GetMapping(\"/ping\")\n  String ping() {\n    return \"pong\";\n  }\n}\n")
        .run();
    Finding f = r.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("`ping`", "/ping", "no logging, metrics or tracing");
    assertThat(f.properties()).containsEntry("cwe", "CWE-778").containsEntry("level", "advisory");
    assertThat(r.criteria()).filteredOn(c -> c.id().endsWith("handler-without-logging"))
        .extracting(CriterionResult::blocking, CriterionResult::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(false, Status.WARN));
  }

  @Test
  void interfaceDeclarationsAndClassMappingsAreNotHandlers() throws Exception {
    String src = """
        @RequestMapping("/api")
        interface Api {
          @GetMapping("/a")
          String a();
        }
        """;
    assertThat(Scan.of("src/main/java/Api.java", src)).isEmpty();
  }

  @Test
  void jaxRsHandlers() throws Exception {
    String src = """
        @Path("/orders")
        public class Orders {
          @GET
          @Path("/{id}")
          @Produces(MediaType.APPLICATION_JSON)
          public Order get(@PathParam("id") String id) {
            return repo.get(id);
          }

          @POST
          public Response place(Order o) {
            LOG.infof("placing %s", o.id());
            return Response.ok(repo.put(o)).build();
          }
        }
        """;
    assertThat(Scan.of("src/main/java/Orders.java", src))
        .containsExactly("handler-without-logging@6");
  }

  @Test
  void expressAndFastifyRoutes() throws Exception {
    String js = """
        const router = express.Router();
        router.get('/users/:id', async (req, res) => {
          res.json(await db.user(req.params.id));
        });
        router.post('/users', (req, res) => {
          logger.info({ body: req.body }, 'create user');
          res.status(201).end();
        });
        router.get('/health', controller.health);
        app.get('/items', auth, function (req, res) {
          req.log.info('items');
          res.json([]);
        });
        const env = app.get('env');
        """;
    assertThat(Scan.of("src/routes.js", js)).containsExactly("handler-without-logging@2");
  }

  @Test
  void flaskAndFastApiViews() throws Exception {
    String py = """
        @app.route("/")
        def index():
            return "hello"

        @app.route("/users", methods=["POST"])
        def create():
            app.logger.info("create")
            return "", 201

        @router.get("/items/{item_id}")
        async def read_item(item_id: int) -> Item:
            return await items.get(item_id)

        @cache.get("key")
        def not_a_route():
            return 1
        """;
    assertThat(Scan.of("app/views.py", py))
        .containsExactly("handler-without-logging@2", "handler-without-logging@11");
  }

  @Test
  void goNetHttpHandlers() throws Exception {
    String go = """
        package api

        func (s *Server) users(w http.ResponseWriter, r *http.Request) {
        	json.NewEncoder(w).Encode(s.list())
        }

        func (s *Server) orders(w http.ResponseWriter, r *http.Request) {
        	s.logger.Info("orders", zap.String("path", r.URL.Path))
        }

        func routes(mux *http.ServeMux) {
        	mux.HandleFunc("/ping", func(w http.ResponseWriter, r *http.Request) {
        		w.Write([]byte("pong"))
        	})
        	mux.HandleFunc("/metrics", func(w http.ResponseWriter, r *http.Request) {
        		requestsTotal.Inc()
        		promhttp.Handler().ServeHTTP(w, r)
        	})
        }
        """;
    assertThat(Scan.of("api/routes.go", go))
        .containsExactly("handler-without-logging@3", "handler-without-logging@12");
  }

  @Test
  void kotlinNestAspNetAndLaravel() throws Exception {
    assertThat(Scan.of("src/main/kotlin/Api.kt", """
        @RestController
        class Api(private val repo: Repo) {
            @GetMapping("/things/{id}")
            fun get(@PathVariable id: Long): Thing {
                return repo.find(id)
            }

            @PostMapping("/things")
            fun create(@RequestBody t: Thing): Thing {
                logger.info("create {}", t.id)
                return repo.save(t)
            }
        }
        """)).containsExactly("handler-without-logging@4");
    assertThat(Scan.of("src/cats.controller.ts", """
        @Controller('cats')
        export class CatsController {
          @Get(':id')
          async findOne(@Param('id') id: string): Promise<Cat> {
            return this.cats.findOne(id);
          }

          @Post()
          async create(@Body() dto: CreateCatDto) {
            this.logger.log(`create ${dto.name}`);
            return this.cats.create(dto);
          }
        }
        """)).containsExactly("handler-without-logging@4");
    assertThat(Scan.of("src/OrdersController.cs", """
        public class OrdersController : ControllerBase {
            [HttpGet("{id}")]
            public ActionResult<Order> Get(int id) {
                return repo.Find(id);
            }
            [HttpPost]
            public ActionResult<Order> Post(Order o) {
                _logger.LogInformation("order {Id}", o.Id);
                return repo.Add(o);
            }
        }
        """)).containsExactly("handler-without-logging@3");
    assertThat(Scan.of("routes/web.php", """
        <?php
        Route::get('/users', function () {
            return User::all();
        });
        """)).containsExactly("handler-without-logging@2");
  }

  @Test
  void onlyNewHandlersAreReported() throws Exception {
    String src = "class C {\n  @GetMapping(\"/a\")\n  String a() {\n    return \"a\"; // +\n  }\n"
        + "  @GetMapping(\"/b\") // +\n  String b() { // +\n    return \"b\"; // +\n  } // +\n}\n";
    assertThat(Scan.defaults().changed("src/main/java/C.java", src).findings())
        .containsExactly("handler-without-logging@7");
  }
}
