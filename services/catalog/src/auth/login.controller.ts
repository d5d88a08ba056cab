import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Public } from '@shop/auth';
import { LoginUseCase } from './application/login.use-case';
import { LoginRequestDto } from './dto/login-request.dto';
import { LoginResponseDto } from './dto/login-response.dto';
import { LoginRateLimitGuard } from './login-rate-limit.guard';

// Outside the catalog's `api/catalog` prefix: sign-in is its own API that the gateway routes here.
@ApiTags('auth')
@Controller('api/auth')
export class LoginController {
  constructor(private readonly login: LoginUseCase) {}

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in as an operator and receive an access token' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: the body is not `{ email, password }`' })
  @ApiUnauthorizedResponse({
    description: 'INVALID_CREDENTIALS: the same answer for an unknown email and a wrong password',
  })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED: too many attempts from this address; see Retry-After' })
  signIn(@Body() body: LoginRequestDto): Promise<LoginResponseDto> {
    return this.login.execute(body);
  }
}
