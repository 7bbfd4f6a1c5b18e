// /docs: Swagger UI on the application's OpenAPI schema (the library comes from npm, see package.json).
"use strict";
(function () {
  const box = document.getElementById("swagger-ui");
  if (!box || !window.SwaggerUIBundle) return;
  window.SwaggerUIBundle({url: box.dataset.spec, dom_id: "#swagger-ui", deepLinking: true});
})();
