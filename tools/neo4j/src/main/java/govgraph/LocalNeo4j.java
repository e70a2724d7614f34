// Runs an embedded Neo4j (Bolt + HTTP with the Browser) on loopback for govgraph's local use and tests.
// Usage: LocalNeo4j [--home DIR] [--bolt-port N] [--http-port N]; env GOVGRAPH_NEO4J_AUTH_PASSWORD turns auth on.
package govgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import org.neo4j.server.configuration.ServerSettings;

public final class LocalNeo4j {
    private static final String LOOPBACK = "127.0.0.1";

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(".neo4j");
        int boltPort = 7687;
        int httpPort = 7474;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--home" -> home = Path.of(require(args[i], value));
                case "--bolt-port" -> boltPort = Integer.parseInt(require(args[i], value));
                case "--http-port" -> httpPort = Integer.parseInt(require(args[i], value));
                default -> fail("unknown argument " + args[i]);
            }
            i++;
        }
        // From the environment, not argv, so the password never shows in `ps`.
        String password = System.getenv("GOVGRAPH_NEO4J_AUTH_PASSWORD");
        boolean auth = password != null && !password.isEmpty();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(LOOPBACK))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, boltPort))
                // Bolt otherwise waits 2 x 5 s on shutdown even with no client connected.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(HttpConnector.enabled, true)
                .setConfig(HttpConnector.listen_address, new SocketAddress(LOOPBACK, httpPort))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(LOOPBACK, httpPort))
                .setConfig(HttpsConnector.enabled, false)
                // The server-side routing connector would claim a fixed port (7688) and clash between instances.
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // The machine has no outside network: no usage reports, no Browser telemetry.
                .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                .setConfig(ServerSettings.allow_telemetry, false)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "govgraph-neo4j-shutdown"));

        if (auth) setInitialPassword(dbms, password);
        System.out.printf("govgraph-neo4j: Neo4j %s ready bolt://%s:%d http://%s:%d/browser/ auth=%s%n",
                Version.getNeo4jVersion(), LOOPBACK, boltPort, LOOPBACK, httpPort, auth ? "on" : "off");
        System.out.flush();
        stopped.await();
    }

    /** Like NEO4J_AUTH in the official image: applies only while user neo4j still has its default password. */
    private static void setInitialPassword(DatabaseManagementService dbms, String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean pristine = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired",
                Map.of(), result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
        if (pristine) {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        }
    }

    private static String require(String flag, String value) {
        if (value == null) fail(flag + " needs a value");
        return value;
    }

    private static void fail(String message) {
        System.err.println("govgraph-neo4j: " + message);
        System.exit(2);
    }
}
