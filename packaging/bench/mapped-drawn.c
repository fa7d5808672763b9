/*
 * mapped-drawn T0_NS TITLE [SHOT.ppm]: waits for a top-level window named exactly TITLE to be mapped
 * on $DISPLAY, then reads fifteen rows of its pixels (XGetImage) every 2 ms until they are no longer
 * all one colour (the first frame is drawn). Prints "MAPPED_MS DRAWN_MS" counted from T0_NS (CLOCK_REALTIME
 * nanoseconds, as `date +%s%N` gives them) and, with SHOT, writes the pixels read at the moment of
 * mapping (the first read) as a PPM picture. Exits 1 after 30 s without such a window.
 *
 * Build: cc -O2 -o mapped-drawn mapped-drawn.c -lX11   (packaging/benchmark-startup.sh does this)
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long) ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void sleep_ms(int ms) {
    struct timespec ts = {0, ms * 1000000L};
    nanosleep(&ts, NULL);
}

/* A viewable window under root (any depth) named TITLE, or 0. */
static Window find(Display *d, Window w, const char *title, int depth) {
    char *name = NULL;
    if (XFetchName(d, w, &name) && name) {
        int same = strcmp(name, title) == 0;
        XFree(name);
        if (same) {
            XWindowAttributes a;
            if (XGetWindowAttributes(d, w, &a) && a.map_state == IsViewable) return w;
        }
    }
    if (depth > 3) return 0;
    Window root, parent, *kids = NULL;
    unsigned int n = 0;
    Window found = 0;
    if (XQueryTree(d, w, &root, &parent, &kids, &n)) {
        for (unsigned int i = 0; i < n && !found; i++) found = find(d, kids[i], title, depth + 1);
        if (kids) XFree(kids);
    }
    return found;
}

static int ignore(Display *d, XErrorEvent *e) { (void) d; (void) e; return 0; }

static void save(XImage *img, const char *path) {
    FILE *f = fopen(path, "wb");
    if (!f) return;
    fprintf(f, "P6\n%d %d\n255\n", img->width, img->height);
    for (int y = 0; y < img->height; y++)
        for (int x = 0; x < img->width; x++) {
            unsigned long p = XGetPixel(img, x, y);
            unsigned char rgb[3] = {(p >> 16) & 255, (p >> 8) & 255, p & 255};
            fwrite(rgb, 1, 3, f);
        }
    fclose(f);
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: mapped-drawn T0_NS TITLE [SHOT.ppm]\n"); return 2; }
    long long t0 = atoll(argv[1]);
    Display *d = XOpenDisplay(NULL);
    if (!d) { fprintf(stderr, "mapped-drawn: no display\n"); return 2; }
    XSetErrorHandler(ignore);
    Window w = 0;
    long long mapped = 0;
    while (now_ns() - t0 < 30000000000LL) {
        w = find(d, DefaultRootWindow(d), argv[2], 0);
        if (w) { mapped = now_ns(); break; }
        sleep_ms(2);
    }
    if (!w) { fprintf(stderr, "mapped-drawn: no window named %s in 30 s\n", argv[2]); return 1; }
    if (argc > 3) {
        XWindowAttributes a;
        if (XGetWindowAttributes(d, w, &a) && a.width > 0 && a.height > 0) {
            XImage *img = XGetImage(d, w, 0, 0, a.width, a.height, AllPlanes, ZPixmap);
            if (img) { save(img, argv[3]); XDestroyImage(img); }
        }
    }
    /* Drawn: fifteen rows (4, 12, 20, 28 and 36 px from the top, where a one-label window draws, and 5 %, 15 %,
       … 95 % of the height) are not all one colour. */
    while (now_ns() - mapped < 10000000000LL) {
        XWindowAttributes a;
        if (XGetWindowAttributes(d, w, &a) && a.width > 0 && a.height > 0) {
            int uniform = 1, have = 0;
            unsigned long p0 = 0;
            for (int r = 0; r < 15 && uniform; r++) {
                int y = r < 5 ? 4 + 8 * r : a.height * (2 * (r - 5) + 1) / 20;
                if (y >= a.height) continue;
                XImage *img = XGetImage(d, w, 0, y, a.width, 1, AllPlanes, ZPixmap);
                if (!img) continue;
                for (int x = 0; x < img->width; x++) {
                    unsigned long p = XGetPixel(img, x, 0);
                    if (!have) { p0 = p; have = 1; }
                    else if (p != p0) { uniform = 0; break; }
                }
                XDestroyImage(img);
            }
            if (have && !uniform) {
                printf("%lld %lld\n", (mapped - t0) / 1000000, (now_ns() - t0) / 1000000);
                return 0;
            }
        }
        sleep_ms(2);
    }
    printf("%lld -1\n", (mapped - t0) / 1000000);
    return 0;
}
