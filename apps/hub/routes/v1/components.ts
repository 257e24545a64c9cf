import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { createComponent, editComponent } from "#core/components/create";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { IdParam } from "./schemas/common";
import { ComponentView, CreateComponentBody, componentView, EditComponentBody } from "./schemas/components";

const tags = ["Components"];

export const createComponentRoute = createRoute({
  tags,
  permission: "components:write",
  method: "post",
  path: "/components",
  summary: "Create a status page component",
  request: jsonBody(CreateComponentBody),
  responses: { 201: jsonResponse(ComponentView, "Created"), ...errorResponses },
});

export const listComponentsRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/components",
  summary: "List components",
  responses: {
    200: jsonResponse(z.object({ components: z.array(ComponentView) }), "Components"),
    ...errorResponses,
  },
});

export const editComponentRoute = createRoute({
  tags,
  permission: "components:write",
  method: "patch",
  path: "/components/{id}",
  summary: "Edit a component",
  request: { params: IdParam, ...jsonBody(EditComponentBody) },
  responses: { 200: jsonResponse(ComponentView, "Edited"), ...errorResponses },
});

export const componentRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(createComponentRoute, async (c) => {
    const b = c.req.valid("json");
    const component = await createComponent({
      ctx: ctxOf(c),
      input: {
        name: b.name,
        description: b.description,
        group: b.group,
        position: b.position,
        onlyShowIfDegraded: b.only_show_if_degraded,
      },
    });
    return c.json(componentView(component), 201, { Location: `/api/v1/components/${component.id}` });
  })
  .openapi(listComponentsRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json({ components: (await ctx.store.listComponents()).map(componentView) }, 200);
  })
  .openapi(editComponentRoute, async (c) => {
    const b = c.req.valid("json");
    const component = await editComponent({
      ctx: ctxOf(c),
      input: {
        id: c.req.valid("param").id,
        name: b.name,
        description: b.description,
        position: b.position,
        onlyShowIfDegraded: b.only_show_if_degraded,
      },
    });
    return c.json(componentView(component), 200);
  });
