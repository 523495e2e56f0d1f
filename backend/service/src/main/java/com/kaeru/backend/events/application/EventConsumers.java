package com.kaeru.backend.events.application;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The registered consumers: every {@link EventConsumer} bean in the deployment, by name, and every
 * {@link InTransactionConsumer}.
 */
@ApplicationScoped
public class EventConsumers {
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,60}");

    @Inject
    @Any
    Instance<EventConsumer> beans;
    @Inject
    @Any
    Instance<InTransactionConsumer> inTransactionBeans;

    private List<EventConsumer> all;
    private List<InTransactionConsumer> inTransaction = List.of();

    @PostConstruct
    void discover() {
        all = beans.stream().sorted(Comparator.comparing(EventConsumer::name)).toList();
        inTransaction = inTransactionBeans.stream().toList();
        Set<String> names = new HashSet<>();
        for (EventConsumer consumer : all) {
            if (!NAME.matcher(consumer.name()).matches() || !names.add(consumer.name())) {
                throw new IllegalStateException("Event consumer name missing, malformed or taken twice: "
                        + consumer.name());
            }
        }
    }

    public List<EventConsumer> all() {
        return all;
    }

    public Optional<EventConsumer> byName(String name) {
        return all.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The names of the consumers that want this event, for its delivery rows. */
    public List<String> accepting(long shopId, String eventType) {
        return all.stream().filter(c -> c.accepts(shopId, eventType)).map(EventConsumer::name).toList();
    }

    /** The in-transaction consumers that want this event (no statement unless their caches are cold). */
    public List<InTransactionConsumer> inTransaction(long shopId, String eventType) {
        return inTransaction.stream().filter(c -> c.accepts(shopId, eventType)).toList();
    }
}
