package org.jiandu.app.tests;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/** The whole display as a PNG, for a person to look at (the tours) or to see why a test failed. */
final class Screenshots {

    private Screenshots() {
    }

    /** Saves the display to {@code file}; runs on the UI thread. */
    static void save(Display d, Path file) {
        d.syncExec(() -> {
            GC gc = new GC(d);
            Image image = new Image(d, d.getBounds());
            gc.copyArea(image, 0, 0);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
            image.dispose();
        });
    }
}
