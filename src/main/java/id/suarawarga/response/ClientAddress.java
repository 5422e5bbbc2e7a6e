package id.suarawarga.response;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The client's address as seen by the HTTP layer (which applies X-Forwarded-For only when proxy forwarding is
 * configured for trusted proxies). Used only as input to a keyed hash; never stored or logged.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServerRequest request) {
        SocketAddress address = request == null ? null : request.remoteAddress();
        return address == null ? null : address.hostAddress();
    }
}
