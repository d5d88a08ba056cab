import { Body, Controller, Get, Module, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, FileInterceptor, type NestExpressApplication } from '@nestjs/platform-express';
import { ObservabilityModule } from '@shop/observability';
import { JsonBodyInterceptor, ReadsMultipartBody } from './json-body.interceptor';

const LIMIT_BYTES = 256;

@Controller('echo')
class EchoController {
  @Post()
  echo(@Body() body: unknown): { received: unknown } {
    return { received: body ?? null };
  }

  @Get()
  ping(): { pong: true } {
    return { pong: true };
  }

  @Post('upload')
  @ReadsMultipartBody()
  @UseInterceptors(FileInterceptor('file'))
  upload(
    @UploadedFile() file: { size: number } | undefined,
    @Body() body: unknown,
  ): { fileBytes: number | null; received: unknown } {
    return { fileBytes: file?.size ?? null, received: body ?? null };
  }
}

@Module({
  imports: [ObservabilityModule.forRoot({ serviceName: 'echo', environment: 'test', logLevel: 'silent' })],
  controllers: [EchoController],
})
class EchoModule {}

describe(JsonBodyInterceptor.name, () => {
  let app: NestExpressApplication;
  let url: string;

  beforeAll(async () => {
    app = await NestFactory.create<NestExpressApplication>(EchoModule, new ExpressAdapter(), {
      logger: false,
      bodyParser: false,
    });
    app.useGlobalInterceptors(new JsonBodyInterceptor(LIMIT_BYTES));
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/echo`;
  });

  afterAll(async () => {
    await app.close();
  });

  async function post(body: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
    const response = await fetch(url, { method: 'POST', headers, body });
    return { status: response.status, body: await response.json() };
  }

  it('hands a JSON body to the handler', async () => {
    const response = await post('{"name":"lamp"}', { 'content-type': 'application/json; charset=utf-8' });
    expect(response).toEqual({ status: 201, body: { received: { name: 'lamp' } } });
  });

  it('lets a request without a body through', async () => {
    const response = await fetch(url);
    expect(await response.json()).toEqual({ pong: true });
  });

  it.each([
    ['a text body', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
  ])('refuses %s with 415 in the error shape', async (_kind, contentType) => {
    const response = await post('name=lamp', { 'content-type': contentType });
    expect(response).toMatchObject({ status: 415, body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE' } } });
  });

  it('refuses malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await post('{"name":', { 'content-type': 'application/json' });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'MALFORMED_JSON' } } });
  });

  it('refuses a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await post(JSON.stringify({ name: 'x'.repeat(LIMIT_BYTES) }), {
      'content-type': 'application/json',
    });
    expect(response).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
  });

  it('leaves a multipart body to a handler that reads it', async () => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(10)]), 'a.bin');
    form.set('alt', 'ten bytes');
    const response = await fetch(`${url}/upload`, { method: 'POST', body: form });
    expect(await response.json()).toEqual({ fileBytes: 10, received: { alt: 'ten bytes' } });
  });

  it('still parses JSON sent to a multipart handler', async () => {
    const response = await fetch(`${url}/upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"alt":"x"}',
    });
    expect(await response.json()).toEqual({ fileBytes: null, received: { alt: 'x' } });
  });

  it('refuses a multipart body on a route that does not read one with 415', async () => {
    const form = new FormData();
    form.set('alt', 'x');
    const response = await fetch(url, { method: 'POST', body: form });
    expect(response.status).toBe(415);
  });

  it('refuses a charset JSON cannot be in with 415', async () => {
    const response = await post('{"name":"lamp"}', { 'content-type': 'application/json; charset=latin1' });
    expect(response).toMatchObject({ status: 415, body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE' } } });
  });
});
