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

/** The registered consumers: every {@link EventConsumer} bean in the deployment, by name. */
@ApplicationScoped
public class EventConsumers {
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,60}");

    @Inject
    @Any
    Instance<EventConsumer> beans;

    private List<EventConsumer> all;

    @PostConstruct
    void discover() {
        all = beans.stream().sorted(Comparator.comparing(EventConsumer::name)).toList();
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
}
