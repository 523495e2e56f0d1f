package com.kaeru.portal;

import java.util.Map;
import java.util.Optional;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.kaeru.api.portal.PortalShopDto;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.i18n.PortalI18NProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;

/**
 * Karibu-Testing set-up for portal views without a server: the real routes and translations,
 * and a backend that knows the given shops.
 */
public final class MockPortal {
    private MockPortal() {
    }

    public static void setUp(Map<String, PortalShopDto> shops) {
        PortalBackend backend = new PortalBackend() {
            @Override
            public Optional<PortalShopDto> shop(String slug, java.util.Locale locale) {
                return Optional.ofNullable(shops.get(slug));
            }
        };
        Routes routes = new Routes().autoDiscoverViews("com.kaeru.portal");
        MockVaadin.setup(UI::new, new MockVaadinServlet(routes) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                    throws ServiceException {
                MockService service = new MockService(this, configuration, UI::new) {
                    private final Instantiator instantiator = new DefaultInstantiator(this) {
                        @Override
                        public <T> T getOrCreate(Class<T> type) {
                            if (type == PortalBackend.class) {
                                return type.cast(backend);
                            }
                            return injectConstructor(type, this).orElseGet(() -> super.getOrCreate(type));
                        }

                        @Override
                        public I18NProvider getI18NProvider() {
                            return new PortalI18NProvider();
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

    /** Builds classes whose constructor is {@code @Inject}-annotated, as CDI would, from the doubles. */
    static <T> Optional<T> injectConstructor(Class<T> type, Instantiator instantiator) {
        for (var constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(jakarta.inject.Inject.class)) {
                Object[] args = java.util.Arrays.stream(constructor.getParameterTypes())
                        .map(instantiator::getOrCreate).toArray();
                try {
                    return Optional.of(type.cast(constructor.newInstance(args)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Optional.empty();
    }

    public static PortalShopDto shop(String slug, String name, String color, String defaultLanguage) {
        return new PortalShopDto(slug, name, color, null, defaultLanguage, java.util.List.of("ja", "en"));
    }
}
