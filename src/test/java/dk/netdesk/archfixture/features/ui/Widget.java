package dk.netdesk.archfixture.features.ui;

import dk.netdesk.archfixture.features.app.Root;

/** Reaches into the composition root on purpose: nothing may depend on app. */
public class Widget {
    Object root(Root root) {
        return root.pipeline();
    }
}
