package com.kaeru.backend.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaeru.backend.it.Images;
import org.junit.jupiter.api.Test;

class ImageTypesTest {

    @Test
    void theSizeOfRealImagesIsRead() {
        assertThat(ImageTypes.size(Images.png(120, 40, 1))).contains(new ImageTypes.Size(120, 40));
        assertThat(ImageTypes.size(Images.jpeg(64, 48, 1))).contains(new ImageTypes.Size(64, 48));
    }

    @Test
    void bombsAreMeasuredFromTheirHeaderWithoutDecoding() {
        byte[] png = Images.pngDeclaring(11_000, 11_000);
        byte[] jpeg = Images.jpegDeclaring(11_000, 11_000);
        assertThat(png.length).isLessThan(1024);
        long heapBefore = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertThat(ImageTypes.size(png)).contains(new ImageTypes.Size(11_000, 11_000));
        assertThat(ImageTypes.size(jpeg)).contains(new ImageTypes.Size(11_000, 11_000));
        long heapAfter = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        // Decoded, each would need 11,000 × 11,000 × 4 bytes = 484 MB.
        assertThat(heapAfter - heapBefore).isLessThan(64L * 1024 * 1024);
        assertThat(ImageTypes.size(png).orElseThrow().within(ImageTypes.LOGO_MAX_SIDE, Long.MAX_VALUE)).isFalse();
        assertThat(ImageTypes.size(jpeg).orElseThrow().within(ImageTypes.PHOTO_MAX_SIDE, ImageTypes.PHOTO_MAX_PIXELS))
                .isFalse();
    }

    @Test
    void aSignatureWithoutAReadableHeaderHasNoSize() {
        byte[] fakePng = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThat(ImageTypes.size(fakePng)).isEmpty();
        assertThat(ImageTypes.size("<svg/>".getBytes())).isEmpty();
    }

    @Test
    void areaAndSidesAreBothCapped() {
        assertThat(new ImageTypes.Size(8064, 6048).within(ImageTypes.PHOTO_MAX_SIDE, ImageTypes.PHOTO_MAX_PIXELS)).isTrue();
        assertThat(new ImageTypes.Size(8192, 8192).within(ImageTypes.PHOTO_MAX_SIDE, ImageTypes.PHOTO_MAX_PIXELS)).isFalse();
        assertThat(new ImageTypes.Size(20_000, 10).within(ImageTypes.PHOTO_MAX_SIDE, ImageTypes.PHOTO_MAX_PIXELS)).isFalse();
    }
}
