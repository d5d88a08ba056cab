import { Body, Controller, Get, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, Public, type Principal } from '@shop/auth';
import { GetAccountQuery } from './application/get-account.query';
import { LoginUseCase } from './application/login.use-case';
import { SignUpUseCase } from './application/sign-up.use-case';
import { AccountDto } from './dto/account.dto';
import { LoginRequestDto } from './dto/login-request.dto';
import { LoginResponseDto } from './dto/login-response.dto';
import { SessionDto } from './dto/session.dto';
import { SignUpRequestDto } from './dto/sign-up-request.dto';
import { LoginRateLimitGuard } from './login-rate-limit.guard';

// Outside the catalog's `api/catalog` prefix: the shop's accounts are their own API that the gateway
// routes here (docs/decisions/0005-shop-accounts-in-catalog.md).
@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly login: LoginUseCase,
    private readonly signUp: SignUpUseCase,
    private readonly getAccount: GetAccountQuery,
  ) {}

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in as an operator or a customer and receive an access token' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: the body is not `{ email, password }`' })
  @ApiUnauthorizedResponse({
    description: 'INVALID_CREDENTIALS: the same answer for an unknown email and a wrong password',
  })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED: too many attempts from this address; see Retry-After' })
  async signIn(@Body() body: LoginRequestDto): Promise<LoginResponseDto> {
    return LoginResponseDto.from(await this.login.execute(body));
  }

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post('signup')
  @ApiOperation({ summary: 'Open a customer account; answers with an access token for it' })
  @ApiCreatedResponse({ type: SessionDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: email, password (12 to 200) or name (1 to 100) invalid' })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN: the email already has an account' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED: too many attempts from this address; see Retry-After' })
  async register(@Body() body: SignUpRequestDto): Promise<SessionDto> {
    return SessionDto.from(await this.signUp.execute(body));
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The account the access token was issued to' })
  @ApiOkResponse({ type: AccountDto })
  @ApiUnauthorizedResponse({
    description: 'UNAUTHENTICATED: no valid token; ACCOUNT_NOT_FOUND: its account no longer exists',
  })
  async me(@CurrentPrincipal() principal: Principal): Promise<AccountDto> {
    return AccountDto.from(await this.getAccount.execute(principal));
  }
}
