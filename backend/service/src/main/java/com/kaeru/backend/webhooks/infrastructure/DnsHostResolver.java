package com.kaeru.backend.webhooks.infrastructure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import com.kaeru.backend.webhooks.domain.HostResolver;
import jakarta.enterprise.context.ApplicationScoped;

/** The JVM's resolver (and its DNS cache). */
@ApplicationScoped
public class DnsHostResolver implements HostResolver {
    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return List.of(InetAddress.getAllByName(h));
    }
}
