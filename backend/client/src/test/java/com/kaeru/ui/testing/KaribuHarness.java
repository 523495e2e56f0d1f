package com.kaeru.ui.testing;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.inject.Inject;

/**
 * Runs a UI's views without a server (Karibu-Testing): the real routes of {@code viewPackage}
 * and the real translations, with test doubles in place of CDI beans and {@code @Inject}
 * constructors honoured as CDI would. Without such an instantiator, navigation to a view with an
 * injected constructor silently shows an error view instead.
 */
public final class KaribuHarness {
    private KaribuHarness() {
    }

    public static void setUp(String viewPackage, I18NProvider translations, Map<Class<?>, Object> doubles) {
        Routes routes = new Routes().autoDiscoverViews(viewPackage);
        MockVaadin.setup(UI::new, new MockVaadinServlet(routes) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                    throws ServiceException {
                MockService service = new MockService(this, configuration, UI::new) {
                    private final Instantiator instantiator = new DefaultInstantiator(this) {
                        @Override
                        public <T> T getOrCreate(Class<T> type) {
                            Object testDouble = doubles.get(type);
                            if (testDouble != null) {
                                return type.cast(testDouble);
                            }
                            return inject(type, this).orElseGet(() -> super.getOrCreate(type));
                        }

                        @Override
                        public I18NProvider getI18NProvider() {
                            return translations;
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

    public static void tearDown() {
        MockVaadin.tearDown();
    }

    private static <T> Optional<T> inject(Class<T> type, Instantiator instantiator) {
        for (var constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(Inject.class)) {
                Object[] args = Arrays.stream(constructor.getParameterTypes()).map(instantiator::getOrCreate).toArray();
                try {
                    return Optional.of(type.cast(constructor.newInstance(args)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot build " + type.getName(), e);
                }
            }
        }
        return Optional.empty();
    }
}
