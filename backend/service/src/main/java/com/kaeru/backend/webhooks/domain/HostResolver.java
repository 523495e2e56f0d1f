package com.kaeru.backend.webhooks.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** A host's current addresses (DNS in production; fixed answers in tests). */
public interface HostResolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
