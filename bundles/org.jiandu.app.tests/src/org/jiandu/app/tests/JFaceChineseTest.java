package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.jface.resource.JFaceResources;
import org.junit.jupiter.api.Test;

/** JFace's own dialog buttons speak Chinese in a Chinese UI: the fragment org.jiandu.jface.nl is found by JFace. */
class JFaceChineseTest {

    @Test
    void jfaceButtonsHaveChineseText() {
        ResourceBundle zh = ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.SIMPLIFIED_CHINESE,
                JFaceResources.class.getClassLoader());
        assertEquals("确定", zh.getString("ok"));
        assertEquals("取消", zh.getString("cancel"));
        assertEquals("是(&Y)", zh.getString("yes"));
        ResourceBundle en = ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.ROOT, JFaceResources.class.getClassLoader());
        assertEquals("Cancel", en.getString("cancel"), "English stays JFace's own");
    }
}
