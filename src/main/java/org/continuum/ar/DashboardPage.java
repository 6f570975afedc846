package org.continuum.ar;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the static dashboard under its short address. The page itself is plain HTML and Chart.js
 * in {@code static/dashboard}; it reads the same API as any other client.
 */
@Controller
class DashboardPage {

  @GetMapping("/dashboard")
  String redirect() {
    return "redirect:/dashboard/";
  }

  @GetMapping("/dashboard/")
  String page() {
    return "forward:/dashboard/index.html";
  }
}
