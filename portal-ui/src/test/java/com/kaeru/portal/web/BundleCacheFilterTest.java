package com.kaeru.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

class BundleCacheFilterTest {

    @Test
    void onlyContentHashedBundleFilesAreImmutable() {
        assertThat(BundleCacheFilter.cacheControl("/VAADIN/build/generated-flow-imports-BGofW7Tp.js"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(BundleCacheFilter.cacheControl("/VAADIN/build/FlowClient-uurKp1x-.js"))
                .isEqualTo(BundleCacheFilter.IMMUTABLE);
        assertThat(BundleCacheFilter.cacheControl(
                "/VAADIN/build/chunk-112ed5f1684fb680e3634af5d4f656aa45979e60e7810c07d7a0e60466c3b643-CCeGLRIG.js"))
                .isEqualTo(BundleCacheFilter.IMMUTABLE);
        assertThat(BundleCacheFilter.cacheControl("/VAADIN/build/stats.json")).isNull();
        assertThat(BundleCacheFilter.cacheControl("/styles/portal.css")).isNull();
        assertThat(BundleCacheFilter.cacheControl("/umi-outdoor")).isNull();
    }

    @Test
    void theServletCannotShortenTheLifetimeOfAHashedFile() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader") || method.getName().equals("addHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/portal/VAADIN/build/indexhtml-DrWSWdg0.js";
                    case "getContextPath" -> "/portal";
                    default -> null;
                });

        new BundleCacheFilter().doFilter(request, response, (req, res) -> {
            HttpServletResponse servlet = (HttpServletResponse) res;
            servlet.setHeader("Cache-Control", "max-age=3600");
            servlet.setDateHeader("Expires", 0L);
            servlet.setHeader("Content-Type", "application/javascript");
        });

        assertThat(headers).containsEntry("Cache-Control", BundleCacheFilter.IMMUTABLE)
                .containsEntry("Content-Type", "application/javascript");
    }
}
