package nl.bmo.site.serve;

import com.sun.net.httpserver.Headers;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses requests that a web page on another site made the browser send (DNS rebinding, cross-site reads of the reload
 * stream): the {@code Host} and any {@code Origin} must name this computer: {@code localhost} (and
 * {@code *.localhost}), a loopback address, or the address the preview is bound to. When bound to every interface, any
 * IP address is accepted, since an address typed as digits cannot be rebound; a DNS name never is.
 */
final class LocalRequests {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]+(%[0-9A-Za-z._~-]+)?]");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    private final InetAddress bound;

    LocalRequests(InetAddress bound) {
        this.bound = bound;
    }

    /** Why the request is refused, or null when it may be answered. */
    String refusal(Headers headers) {
        List<String> hosts = headers.get("Host");
        if (hosts == null || hosts.size() != 1) return "the request has no single Host header";
        if (!isLocalAuthority(hosts.get(0))) return "the Host header does not name this computer";
        List<String> origins = headers.get("Origin");
        if (origins == null) return null;
        if (origins.size() != 1) return "the request has more than one Origin header";
        return isLocalOrigin(origins.get(0)) ? null : "the request comes from another site";
    }

    private boolean isLocalOrigin(String origin) {
        try {
            URI uri = new URI(origin);
            if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() == null) return false;
            if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) return false;
            return uri.getRawUserInfo() == null && isLocalAuthority(uri.getRawAuthority());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code host} or {@code host:port}, where the host is local. */
    boolean isLocalAuthority(String authority) {
        String a = authority.strip().toLowerCase(Locale.ROOT);
        String host = a;
        int colon = a.lastIndexOf(':');
        if (colon >= 0 && a.indexOf(']', colon) < 0) {
            if (!PORT.matcher(a.substring(colon + 1)).matches()) return false;
            host = a.substring(0, colon);
        }
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        if (host.equals("localhost") || (host.endsWith(".localhost") && host.matches("[a-z0-9.-]+"))) return true;
        if (!IPV4.matcher(host).matches() && !IPV6.matcher(host).matches()) return false;
        try {
            InetAddress address = InetAddress.getByName(host); // an address literal: no lookup
            return address.isLoopbackAddress() || address.equals(bound) || bound.isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
