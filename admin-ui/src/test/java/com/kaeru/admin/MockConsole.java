package com.kaeru.admin;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.kaeru.admin.i18n.AdminI18NProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.inject.Inject;

/**
 * Karibu-Testing set-up for console views without a server: real routes and translations, the
 * given test doubles in place of CDI beans, {@code @Inject} constructors honoured.
 */
public final class MockConsole {
    private MockConsole() {
    }

    public static void setUp(Map<Class<?>, Object> doubles) {
        Routes routes = new Routes().autoDiscoverViews("com.kaeru.admin");
        MockVaadin.setup(UI::new, new MockVaadinServlet(routes) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                    throws ServiceException {
                MockService service = new MockService(this, configuration, UI::new) {
                    private final Instantiator instantiator = new DefaultInstantiator(this) {
                        @Override
                        public <T> T getOrCreate(Class<T> type) {
                            Object double_ = doubles.get(type);
                            if (double_ != null) {
                                return type.cast(double_);
                            }
                            return inject(type, this).orElseGet(() -> super.getOrCreate(type));
                        }

                        @Override
                        public I18NProvider getI18NProvider() {
                            return new AdminI18NProvider();
                        }
                    };

                    @Override
                    public Instantiator getInstantiator() {
                        return instantiator;
                    }
                };
                service.init();
                getRoutes().register(service.getContext());
                return service;
            }
        });
    }

    private static <T> Optional<T> inject(Class<T> type, Instantiator instantiator) {
        for (var constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(Inject.class)) {
                Object[] args = Arrays.stream(constructor.getParameterTypes()).map(instantiator::getOrCreate).toArray();
                try {
                    return Optional.of(type.cast(constructor.newInstance(args)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Optional.empty();
    }
}
