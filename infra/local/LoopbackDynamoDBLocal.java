import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local with its usual command line, listening on 127.0.0.1 only. The jar has no option
 * for the address and binds every interface, so anyone on the network could read and write the
 * table with any credentials, past the local JWT check. This builds the server as the jar's own
 * main does (ServerRunner.createServerFromCommandLineArgs, telemetry left off by -disableTelemetry),
 * then sets the host on its Jetty connector before it starts. Run by infra/local/dynamodb-local.ts
 * in Java's source-file mode, with the jar alone on the class path so that its manifest orders the
 * libraries as `java -jar` does.
 */
public class LoopbackDynamoDBLocal {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    Connector[] connectors = server.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local has no connector to bind to 127.0.0.1");
    for (Connector connector : connectors) ((ServerConnector) connector).setHost("127.0.0.1");
    proxy.start();
    proxy.join();
  }
}
